import '../../i18n';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../../shared/default-view-state';
import { type ViewState } from '../../../../shared/view-state';
import type { ViewsSnapshot } from '../../../../shared/views/types';
import { health } from '../../../../../tests/support/shared/sample-datasets';
import { SavedViewsPanel } from './SavedViewsPanel';
import { SaveViewButton } from './SaveViewButton';
import { ViewFileButtons } from './ViewFileButtons';
import { createSavedViewsStore, type ViewsApi } from './store';
import { LAST_VIEW_DEBOUNCE_MS } from './useLastSession';
import { explorerHarness, fakeViewsApi } from '../../../../../tests/support/renderer/saved-views';

afterEach(cleanup);

const base = defaultViewState('contributions-by-region');
const chartView: ViewState = { ...base, tab: 'chart' };
const mount = (api: ReturnType<typeof fakeViewsApi>, initial = base) => {
  const store = createSavedViewsStore(api as unknown as ViewsApi);
  const h = explorerHarness(initial);
  render(
    <h.Provider>
      <SaveViewButton store={store} />
      <ViewFileButtons store={store} />
      <SavedViewsPanel store={store} sessionApi={api as unknown as ViewsApi} />
    </h.Provider>,
  );
  return { ...h, region: () => screen.getByRole('complementary', { name: 'Saved views' }) };
};
const saved = (name: string, id = name, state: ViewState = chartView): ViewsSnapshot['views'][number] => ({
  id,
  name,
  state,
  createdAt: null,
});

describe('saved views UI', () => {
  it('saves the current view under the name typed in the dialog, and lists it', async () => {
    const api = fakeViewsApi();
    const { region } = mount(api, chartView);
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog');
    const box = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Chart of regions');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.saveView).toHaveBeenCalledWith({ name: 'Chart of regions', state: chartView });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await within(region()).findByRole('button', { name: 'Chart of regions' })).toBeTruthy();
  });

  it('opens a saved view when its name is clicked', async () => {
    const api = fakeViewsApi({ views: [saved('Map', 'm', { ...base, tab: 'map' })] });
    const { region, latest } = mount(api);
    await userEvent.click(await within(region()).findByRole('button', { name: 'Map' }));
    expect(latest()?.tab).toBe('map');
  });

  it('marks a view of data this version does not include, and does not open it; the others still open', async () => {
    const gone = { ...saved('Old survey', 'o', { ...base, datasetId: 'retired-dataset' }), unavailable: 'dataset-not-bundled' as const };
    const api = fakeViewsApi({ views: [gone, saved('Map', 'm', { ...base, tab: 'map' })] });
    const { region, latest } = mount(api);
    const name = await within(region()).findByRole('button', { name: 'Old survey' });
    expect(name).toHaveProperty('disabled', true);
    expect(name.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'This view uses data this version does not include.',
    );
    await userEvent.click(name);
    expect(latest()?.datasetId).toBe('contributions-by-region');
    // Still kept: it can be shared or deleted like any other.
    expect(within(region()).getAllByRole('button', { name: 'Delete' })).toHaveLength(2);
    await userEvent.click(within(region()).getByRole('button', { name: 'Map' }));
    expect(latest()?.tab).toBe('map');
  });

  it('deletes with undo, putting the view back in place', async () => {
    const api = fakeViewsApi({ views: [saved('A'), saved('B'), saved('C')] });
    const { region } = mount(api);
    await within(region()).findByRole('button', { name: 'B' });
    const deleteButtons = within(region()).getAllByRole('button', { name: 'Delete' });
    await userEvent.click(deleteButtons[1]!);
    expect(within(region()).queryByRole('button', { name: 'B' })).toBeNull();
    await userEvent.click(within(region()).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(
        within(region())
          .getAllByRole('listitem')
          .map((li) => li.querySelector('.sv-name')?.textContent),
      ).toEqual(['A', 'B', 'C']),
    );
  });

  it('moves a view down and pins one as the startup default', async () => {
    const api = fakeViewsApi({ views: [saved('A'), saved('B')] });
    const { region } = mount(api);
    await within(region()).findByRole('button', { name: 'A' });
    await userEvent.click(within(region()).getAllByRole('button', { name: 'Move down' })[0]!);
    expect(api.reorderViews).toHaveBeenCalledWith({ ids: ['B', 'A'] });
    await userEvent.click(within(region()).getAllByRole('button', { name: 'Open at startup' })[0]!);
    expect(api.setDefaultView).toHaveBeenCalledWith({ id: 'B' });
    expect(await within(region()).findByText('opens at startup')).toBeTruthy();
  });

  it('"Back to the pinned view" goes back to the pinned view', async () => {
    const pinned = { ...base, search: 'haiti' };
    const api = fakeViewsApi({ views: [saved('P', 'p', pinned)], defaultViewId: 'p' });
    const { region, latest } = mount(api, chartView);
    await within(region()).findByRole('button', { name: 'P' });
    await userEvent.click(within(region()).getByRole('button', { name: 'Back to the pinned view' }));
    expect(latest()).toEqual(pinned);
  });

  it('explains a recovered store and lets the user dismiss it', async () => {
    const recovered = fakeViewsApi({
      notices: [
        { kind: 'recovered', keptAs: 'saved-views.corrupt-x.json', salvaged: 2, fromBackup: 1, problems: ['view “X”: bad tab'] },
      ],
    });
    const first = mount(recovered);
    const alert = await within(first.region()).findByRole('alert');
    expect(alert.textContent).toMatch(
      /damaged.*2 views were recovered \(1 from the last good copy\).*saved-views\.corrupt-x\.json/,
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(recovered.dismissViewNotices).toHaveBeenCalled();
  });

  it('disables saving and importing when the store is read-only', async () => {
    const api = fakeViewsApi({ readOnly: true, notices: [{ kind: 'newer-version', schemaVersion: 3, appVersion: '2.0.0' }] });
    const { region } = mount(api);
    expect((await within(region()).findByRole('alert')).textContent).toMatch(/newer version of the app \(2\.0\.0\).*read-only/);
    expect((screen.getByRole('button', { name: 'Save view' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(region()).getByRole('button', { name: 'Open views…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows why an import failed', async () => {
    const api = fakeViewsApi();
    const { region } = mount(api);
    await userEvent.click(within(region()).getByRole('button', { name: 'Open views…' }));
    expect((await within(region()).findByRole('alert')).textContent).toBe(
      'Nothing was imported. The file is not an IOM–Canada Explorer view file.',
    );
  });

  it('shows the views of a file the system opened the app with, at start and when the window is focused again', async () => {
    const views = [saved('From a colleague', 'c1')];
    const summary = { snapshot: { views, defaultViewId: null, readOnly: false, notices: [] }, imported: ['From a colleague'], warnings: [] };
    const api = fakeViewsApi({}, null, [{ fileName: 'brief.iomview', ok: true, summary }]);
    const { region } = mount(api);
    expect((await within(region()).findByRole('status')).textContent).toBe('Imported 1 view: From a colleague.');
    expect(within(region()).getByRole('button', { name: 'From a colleague' })).toBeTruthy();
    // A second launch with a bad file: main focuses the window, which asks again.
    api.takeOpenedViewFiles.mockResolvedValueOnce({
      ok: true,
      value: [{ fileName: 'bad.iomview', ok: false, message: 'The file is not an IOM–Canada Explorer view file.' }],
    });
    await act(async () => void window.dispatchEvent(new Event('focus')));
    expect((await within(region()).findByRole('alert')).textContent).toBe(
      'Nothing was imported. The file is not an IOM–Canada Explorer view file.',
    );
  });

  it('opens the startup view, then records view changes debounced', async () => {
    const startupState = { ...base, search: 'kenya' };
    const api = fakeViewsApi({}, { source: 'default', state: startupState, name: 'K', dataset: { ...health(), id: base.datasetId } });
    const { latest, setViewSpy } = mount(api);
    await waitFor(() => expect(latest()).toEqual(startupState));
    expect(setViewSpy).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(api.saveLastView).toHaveBeenCalledWith({ state: startupState }), {
      timeout: LAST_VIEW_DEBOUNCE_MS * 3,
    });
    expect(api.saveLastView).toHaveBeenCalledTimes(1);
    await act(async () => {});
  });
});

describe('save dialog keyboard', () => {
  it('keeps Tab inside the dialog and closes on Escape, back on the button', async () => {
    mount(fakeViewsApi());
    const trigger = screen.getByRole('button', { name: 'Save view' });
    await userEvent.click(trigger);
    const box = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, 'x');
    await userEvent.tab(); // Save
    await userEvent.tab(); // Cancel
    await userEvent.tab(); // wraps
    expect(document.activeElement).toBe(box);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});
