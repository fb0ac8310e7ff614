import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Tabs } from './Tabs';

function Harness({ onSelect }: { onSelect: (k: string) => void }) {
  const [sel, setSel] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label="Views"
      idPrefix="t"
      items={[
        { key: 'a', label: 'Table' },
        { key: 'b', label: 'Chart' },
        { key: 'c', label: 'Map' },
      ]}
      selected={sel}
      onSelect={(k) => {
        setSel(k);
        onSelect(k);
      }}
    />
  );
}

afterEach(cleanup);

describe('Tabs', () => {
  it('has one tab stop and moves with the arrow keys', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Map' }));
    await userEvent.keyboard('{Home}');
    expect(onSelect).toHaveBeenLastCalledWith('a');
  });
});
