import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { lazyModule, useLazyModule, type LazyModule } from './useLazyModule';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type Mod = { text: string };
const deferred = () => {
  let resolve!: (m: Mod) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<Mod>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

function Show({ module }: { module: LazyModule<Mod> }) {
  const m = useLazyModule(module);
  return <p>{m === undefined ? 'loading' : m.text}</p>;
}
const renderShow = (module: LazyModule<Mod>) =>
  render(
    <ErrorBoundary resetKey="x" fallback={(message) => <p>failed: {message}</p>}>
      <Show module={module} />
    </ErrorBoundary>,
  );

describe('useLazyModule', () => {
  it('shows loading, then the module; imports it once however often it is asked for', async () => {
    let imports = 0;
    const d = deferred();
    const module = lazyModule(() => {
      imports++;
      return d.promise;
    });
    void module.load();
    renderShow(module);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => d.resolve({ text: 'chart' }));
    expect(screen.getByText('chart')).toBeTruthy();
    expect(imports).toBe(1);
  });

  it('a module loaded beforehand renders in the first commit, with no loading state', async () => {
    const module = lazyModule(() => Promise.resolve({ text: 'preloaded' }));
    await module.load();
    const { container } = renderShow(module);
    // Checked synchronously after render: no effect or promise had a chance to run.
    expect(container.textContent).toBe('preloaded');
  });

  it('a failed load reaches the error boundary, and the next try imports again', async () => {
    // React reports the error the boundary caught on console.error: expected here, so kept off the output.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    let imports = 0;
    const module = lazyModule(() =>
      imports++ === 0 ? Promise.reject(new Error('chunk missing')) : Promise.resolve({ text: 'ok' }),
    );
    renderShow(module);
    await act(async () => {});
    expect(screen.getByText('failed: chunk missing')).toBeTruthy();
    cleanup();
    renderShow(module);
    await act(async () => {});
    expect(screen.getByText('ok')).toBeTruthy();
    expect(imports).toBe(2);
    expect(consoleError.mock.calls.flat().some((a) => a instanceof Error && a.message === 'chunk missing')).toBe(true);
  });
});
