import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import '../../i18n';
import type { HomeData } from '../../../../shared/ipc/home';
import { START_SCREEN_MARK } from './start-screen-mark';
import { StartScreen } from './StartScreen';

afterEach(() => {
  cleanup();
  performance.clearMarks(START_SCREEN_MARK);
});

const data: HomeData = { sketches: { 'agency-breakdown': { kind: 'pie', values: [2, 1] } }, numbers: [] };
const marks = () => performance.getEntriesByName(START_SCREEN_MARK, 'mark');
const frames = (n: number) => new Promise<void>((done) => {
  const step = (left: number) => (left === 0 ? setTimeout(done, 0) : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

describe('the start screen mark the benchmark times (metric 1d)', () => {
  it('is set once the cards have main\'s pictures, not while they wait for them, and only once', async () => {
    const { rerender } = render(<StartScreen lang="en" data={null} yours={[]} onOpen={() => {}} onSource={() => {}} />);
    await frames(3);
    expect(marks()).toHaveLength(0);
    rerender(<StartScreen lang="en" data={data} yours={[]} onOpen={() => {}} onSource={() => {}} />);
    await waitFor(() => expect(marks()).toHaveLength(1));
    // Coming back Home later in the session does not mark again.
    cleanup();
    render(<StartScreen lang="en" data={data} yours={[]} onOpen={() => {}} onSource={() => {}} />);
    await frames(3);
    expect(marks()).toHaveLength(1);
  });
});
