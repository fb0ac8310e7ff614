import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { themes } from '../../../../../tests/support/shared/sample-datasets';
import { SourcePanel } from './SourcePanel';

const getSourceLines = vi.fn(async ({ from, to }: { from: number; to: number }) => ({
  ok: true as const,
  value: {
    from,
    lines: Array.from({ length: to - from + 1 }, (_, i) => (from + i === 65 ? 'line 65' : `text ${from + i}`)),
    total: 1276,
  },
}));

beforeEach(() => {
  Object.defineProperty(window, 'api', { value: { getSourceLines }, configurable: true });
  getSourceLines.mockClear();
});
afterEach(cleanup);

describe('SourcePanel', () => {
  it('shows the verbatim quote, the cited line among its neighbours, the section and the notes', async () => {
    const onClose = vi.fn();
    render(<SourcePanel dataset={themes()} rowId="a" lang="en" onClose={onClose} />);
    const panel = screen.getByRole('complementary', { name: 'Source' });
    expect(within(panel).getByText('Saving lives')).toBeTruthy();
    expect(panel.querySelector('blockquote')?.textContent).toBe('line 65');
    expect(within(panel).getByText('Printed on line 65 of the report:')).toBeTruthy();
    expect(within(panel).getByText('Report section: Overview')).toBeTruthy();
    expect(await within(panel).findByText('Lines 61–69 of the report text')).toBeTruthy();
    expect(getSourceLines).toHaveBeenCalledWith({ from: 61, to: 69 });
    const cited = panel.querySelector('li[aria-current="true"]');
    expect(cited?.textContent).toBe('line 65line 65');
    expect(cited?.querySelector('mark')?.textContent).toBe('line 65');
    expect(within(panel).getByText(/Paired by arithmetic/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Close the source' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when the selected row is not in the dataset', () => {
    render(<SourcePanel dataset={themes()} rowId="nope" lang="en" onClose={vi.fn()} />);
    expect(screen.getByText('The selected row is not in this dataset.')).toBeTruthy();
  });
});
