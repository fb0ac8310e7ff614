import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from '../../i18n';
import { defaultViewState } from '../../../../shared/default-view-state';
import { PRESETS, presetView } from '../../../../shared/presets';
import type { HomeData } from '../../../../shared/ipc/home';
import { homeStrings } from './strings';
import { StartScreen } from './StartScreen';

afterEach(cleanup);

const data: HomeData = {
  sketches: { 'agency-breakdown': { kind: 'pie', values: [2, 1] } },
  numbers: [{ id: 'health', datasetId: 'health-programme-facts', rowId: 'total-assessed', value: 500000, qualifier: 'nearly', unit: 'people', period: { from: null, to: null }, line: 946 }],
};

describe('StartScreen', () => {
  it('lists every report figure as a button that opens it as the report prints it', async () => {
    const onOpen = vi.fn();
    render(<StartScreen lang="en" data={data} yours={[]} onOpen={onOpen} onSource={() => {}} />);
    const cards = within(screen.getAllByRole('list')[0]!).getAllByRole('button');
    expect(cards).toHaveLength(PRESETS.length);
    await userEvent.click(screen.getByRole('button', { name: /Agency breakdown 2010–2015.*Pie chart · line 149/ }));
    expect(onOpen).toHaveBeenCalledWith(presetView(PRESETS.find((p) => p.id === 'agency-breakdown')!));
    // Pictures come from main's numbers; a figure without one keeps its card.
    expect(cards[1]!.querySelectorAll('svg path')).toHaveLength(2);
    expect(cards[0]!.querySelectorAll('svg path, svg rect')).toHaveLength(0);
  });

  it('a key number reads as the report prints it and opens its row for the source panel', async () => {
    const onSource = vi.fn();
    render(<StartScreen lang="en" data={data} yours={[]} onOpen={() => {}} onSource={onSource} />);
    const number = screen.getByRole('button', { name: /nearly 500,000 people/ });
    expect(number.textContent).toContain('line 946');
    await userEvent.click(number);
    expect(onSource).toHaveBeenCalledWith('health-programme-facts', 'total-assessed');
  });

  it('offers the last view and the pinned one under their own words', async () => {
    const onOpen = vi.fn();
    const last = { ...defaultViewState('health-assessments'), tab: 'map' as const };
    render(
      <StartScreen
        lang="en"
        data={null}
        yours={[{ key: 'last', name: null, title: 'Health assessments', state: last }, { key: 'pinned', name: 'Mine', title: 'Timeline', state: defaultViewState('timeline') }]}
        onOpen={onOpen}
        onSource={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Where you left off.*Health assessments/ }));
    expect(onOpen).toHaveBeenCalledWith(last);
    expect(screen.getByRole('button', { name: /Pinned view.*Mine.*Timeline · table/ })).toBeTruthy();
    expect(screen.queryByText('Key numbers')).toBeNull();
  });

  it('in French, the qualifier is French and the number grouped the French way', async () => {
    await i18next.changeLanguage('fr');
    try {
      render(<StartScreen lang="fr" data={data} yours={[]} onOpen={() => {}} onSource={() => {}} />);
      expect(screen.getByRole('button', { name: /près de 500\s000 personnes/ })).toBeTruthy();
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('every qualifier the key numbers can carry has both languages', () => {
    expect(Object.keys(homeStrings.fr.home.qualifiers)).toEqual(Object.keys(homeStrings.en.home.qualifiers));
    expect(Object.keys(homeStrings.fr.home.labels)).toEqual(Object.keys(homeStrings.en.home.labels));
  });
});
