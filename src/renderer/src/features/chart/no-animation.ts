import type { ReactNode } from 'react';

type AnimateProps = { children?: ReactNode | ((style: unknown) => ReactNode); to?: unknown };

/**
 * Stands in for react-smooth's `Animate` in the build (alias in electron.vite.config.ts): every
 * recharts series here is drawn with `isAnimationActive={false}` (ChartFigure.tsx), so nothing
 * animates and react-smooth with its deep-equal helper was ~7 kB gzip of dead code. Shows the
 * animation's end state at once, as react-smooth does when an animation is off: a render-prop child
 * gets the target style, element children are returned untouched.
 */
const Still = ({ children, to = '' }: AnimateProps): ReactNode => (typeof children === 'function' ? children(to) : children);

export default Still;
