import { Component, type ReactNode } from 'react';

type Props = { fallback: (message: string) => ReactNode; resetKey: string; children: ReactNode };
type State = { error: Error | null; key: string };

/** Shows `fallback` instead of a subtree that threw (e.g. a lazy chunk that failed); a new resetKey retries. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children;
  }
}
