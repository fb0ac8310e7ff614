import '../../i18n';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../../shared/default-view-state';
import type { ViewState } from '../../../../shared/view-state';
import type { ViewsSnapshot } from '../../../../shared/views/types';
import { health } from '../../../../../tests/support/shared/sample-datasets';
import { explorerHarness, fakeViewsApi } from '../../../../../tests/support/renderer/saved-views';
import { SaveViewButton } from './SaveViewButton';
import { SavedViewsPanel } from './SavedViewsPanel';
import { createSavedViewsStore, type ViewsApi } from './store';

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

const dataset = health();
const mapOfTwo: ViewState = {
  ...defaultViewState(dataset.id),
  tab: 'map',
  filters: [{ field: 'iso3', kind: 'values', values: ['PAK', 'ETH', 'UKR'] }],
};
const savedAs = (name: string, id: string, state: ViewState = defaultViewState(dataset.id)): ViewsSnapshot['views'][number] => ({
  id,
  name,
  state,
  createdAt: null,
});

const mount = (api: ReturnType<typeof fakeViewsApi>, view: ViewState = mapOfTwo) => {
  const store = createSavedViewsStore(api as unknown as ViewsApi);
  const h = explorerHarness(view, dataset);
  render(
    <h.Provider>
      <SaveViewButton store={store} />
      <SavedViewsPanel store={store} sessionApi={api as unknown as ViewsApi} />
    </h.Provider>,
  );
  return store;
};
const openDialog = async () => {
  await userEvent.click(screen.getByRole('button', { name: /^(Save view|Enregistrer la vue)$/ }));
  return screen.getByRole('dialog');
};

describe('save dialog', () => {
  it('suggests a name from the view, selected so typing replaces it', async () => {
    mount(fakeViewsApi());
    const dialog = await openDialog();
    const box = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(box.value).toBe(`${dataset.title.en} — map — Pakistan, Ethiopia +1`);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('suggests the name in French, with French country names', async () => {
    await i18next.changeLanguage('fr');
    mount(fakeViewsApi());
    const dialog = await openDialog();
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Nom' }).value).toBe(`${dataset.title.fr} — carte — Pakistan, Éthiopie +1`);
  });

  it('saves under the suggestion with Enter when no view has that name', async () => {
    const api = fakeViewsApi();
    mount(api);
    await openDialog();
    await userEvent.keyboard('{Enter}');
    expect(api.saveView).toHaveBeenCalledWith({ name: `${dataset.title.en} — map — Pakistan, Ethiopia +1`, state: mapOfTwo });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before a name in use (any case): Replace saves over that view, keeping its name and place', async () => {
    const api = fakeViewsApi({ views: [savedAs('Mine', 'a'), savedAs('Other', 'b')] });
    mount(api);
    const dialog = await openDialog();
    const box = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'mine{Enter}');
    expect(api.saveView).not.toHaveBeenCalled();
    const ask = screen.getByRole('dialog', { name: 'A saved view has this name' });
    expect(ask.textContent).toContain('already called “Mine”');
    expect(ask.textContent).toContain('“mine (2)”');
    // Nothing is lost by a stray Enter: the focused choice is "Keep both".
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep both' }));
    await userEvent.click(within(ask).getByRole('button', { name: 'Replace' }));
    expect(api.replaceView).toHaveBeenCalledWith({ id: 'a', state: mapOfTwo });
    expect(screen.queryByRole('dialog')).toBeNull();
    const listed = await api.listViews();
    expect(listed.ok && listed.value.views.map((v) => [v.id, v.name, v.state.tab])).toEqual([
      ['a', 'Mine', 'map'],
      ['b', 'Other', 'table'],
    ]);
  });

  it('Keep both saves a second view; Cancel saves nothing and goes back to the button', async () => {
    const api = fakeViewsApi({ views: [savedAs('Mine', 'a')] });
    mount(api);
    let dialog = await openDialog();
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Mine{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(api.saveView).toHaveBeenCalledWith({ name: 'Mine', state: mapOfTwo });
    expect(api.replaceView).not.toHaveBeenCalled();

    dialog = await openDialog();
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Mine{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.saveView).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save view' }));
  });
});
