import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { defaultViewState } from '../../../../shared/default-view-state';
import { type ViewState } from '../../../../shared/view-state';
import { presetView, PRESETS } from '../../../../shared/presets';
import { ViewHarness } from '../../../../../tests/support/renderer/view-harness';
import { PresetBar } from './PresetBar';

afterEach(cleanup);

const preset = PRESETS.find((p) => p.id === 'thematic-breakdown')!;

describe('PresetBar', () => {
  it('offers the report figure of a dataset and shows it', async () => {
    let seen = defaultViewState(preset.datasetId);
    render(
      <ViewHarness initial={seen}>
        {(view) => {
          seen = view;
          return <PresetBar view={view} lang="en" />;
        }}
      </ViewHarness>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as in the report: Thematic breakdown 2010–2015' }));
    expect(seen).toEqual(presetView(preset));
    expect(screen.getByText(/As printed in the report \(line 70\)/)).toBeTruthy();
  });

  it('after an edit, "Reset to report figure" brings the figure back', async () => {
    let seen: ViewState = { ...presetView(preset), sort: { field: 'amount', dir: 'asc' } };
    render(
      <ViewHarness initial={seen}>
        {(view) => {
          seen = view;
          return <PresetBar view={view} lang="en" />;
        }}
      </ViewHarness>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reset to report figure' }));
    expect(seen).toEqual(presetView(preset));
    expect(screen.queryByRole('button', { name: 'Reset to report figure' })).toBeNull();
  });
});
