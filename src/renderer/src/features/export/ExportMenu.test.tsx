import '../../i18n';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../../shared/dataset';
import type { Result } from '../../../../shared/ipc/result';
import { defaultViewState } from '../../../../shared/default-view-state';
import { ExplorerContext } from '../explorer/context';
import { ExportMenu, type ExportApi } from './ExportMenu';

afterEach(cleanup);

const dataset = {
  id: 'contributions-by-region',
  title: { en: 'Contributions by region', fr: 'Contributions par région' },
  section: { key: 'overview', title: { en: 'Overview', fr: 'Aperçu' } },
  fields: [],
  rows: [],
  notes: [],
} as unknown as Dataset;
const view = { ...defaultViewState(dataset.id), search: 'africa' };
const saved: Result<{ fileName: string; bytes: number }> = { ok: true, value: { fileName: 'x.csv', bytes: 10 } };

const mount = (api: Partial<ExportApi>, svg: SVGSVGElement | null = null, shown = view) => {
  const rasterize = vi.fn(
    async (_svg: string, _w: number, _h: number, _scale: number) =>
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
  );
  const prepareImage = vi.fn((_svg: string, _w: number, _h: number, _scale: number) => {});
  render(
    <ExplorerContext.Provider
      value={{
        view: shown,
        setView: () => {},
        dataset,
        rows: [],
        getFigure: () => (svg ? { svg, legend: null } : null),
        describeFilters: () => 'Search: africa',
      }}
    >
      <ExportMenu api={api as ExportApi} rasterize={rasterize} prepareImage={prepareImage} />
    </ExplorerContext.Provider>,
  );
  return { rasterize, prepareImage };
};
const openMenu = () => userEvent.click(screen.getByRole('button', { name: 'Export' }));

describe('ExportMenu', () => {
  it('offers PNG, SVG, CSV, Excel and PDF; images only with a figure on screen', async () => {
    mount({});
    await openMenu();
    const names = screen.getAllByRole('menuitem').map((m) => m.textContent);
    expect(names).toEqual(['PNG image', 'SVG image', 'Copy image', 'Customize…', 'CSV and metadata (.zip)', 'Excel', 'PDF']);
    expect(screen.getByRole('menuitem', { name: 'PNG image' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('menuitem', { name: 'CSV and metadata (.zip)' }).hasAttribute('aria-disabled')).toBe(false);
  });

  it('sends the view on screen for CSV and reports the file', async () => {
    const saveTable = vi.fn(async () => saved);
    mount({ saveTable });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'CSV and metadata (.zip)' }));
    expect(saveTable).toHaveBeenCalledWith({ format: 'zip', state: view, lang: 'en', filters: 'Search: africa' });
    expect((await screen.findByRole('status')).textContent).toBe('Saved “x.csv”.');
  });

  it('stays quiet when the save dialog is cancelled, and shows failures', async () => {
    const saveTable = vi.fn<ExportApi['saveTable']>(async () => ({ ok: false, code: 'CANCELLED', message: 'Export cancelled.' }));
    mount({ saveTable });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Excel' }));
    await waitFor(() => expect(saveTable).toHaveBeenCalled());
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    saveTable.mockResolvedValueOnce({ ok: false, code: 'IO_ERROR', message: 'Could not write “x.xlsx”.' });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Excel' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: Could not write “x.xlsx”.');
  });

  it('rasterizes at 2× by default and 3× when asked', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="4" height="4"/></svg>';
    const savePng = vi.fn(async () => saved);
    const { rasterize } = mount({ savePng }, host.querySelector('svg') as SVGSVGElement, { ...view, tab: 'chart' });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    await waitFor(() => expect(savePng).toHaveBeenCalled());
    expect(rasterize.mock.calls[0]?.[3]).toBe(2);
    await openMenu();
    await userEvent.click(screen.getByRole('menuitemcheckbox', { name: 'High resolution (3×)' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    await waitFor(() => expect(savePng).toHaveBeenCalledTimes(2));
    expect(rasterize.mock.calls[1]?.[3]).toBe(3);
  });

  it('starts decoding the exact image an export would draw as soon as the menu is open', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="4" height="4"/></svg>';
    const savePng = vi.fn(async () => saved);
    const { rasterize, prepareImage } = mount({ savePng }, host.querySelector('svg') as SVGSVGElement, { ...view, tab: 'chart' });
    await openMenu();
    await waitFor(() => expect(prepareImage).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole('menuitem', { name: 'PNG image' }));
    await waitFor(() => expect(savePng).toHaveBeenCalled());
    expect(rasterize.mock.calls[0]).toEqual(prepareImage.mock.calls[0]); // same SVG text, size and scale
    cleanup();
    const table = mount({}, null, { ...view, tab: 'table' });
    await openMenu();
    await new Promise((r) => setTimeout(r, 20));
    expect(table.prepareImage).not.toHaveBeenCalled(); // no figure on the Table tab
  });

  it('the composer exports its frame at its scale, with the edited title, and remembers the choices', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="4" height="4"/></svg>';
    const saveSvg = vi.fn<ExportApi['saveSvg']>(async () => saved);
    const setExport = vi.fn<NonNullable<ExportApi['setExport']>>(async ({ export: e }) => ({ ok: true, value: { language: null, theme: 'system', panels: null, export: e } }));
    mount({ saveSvg, setExport }, host.querySelector('svg') as SVGSVGElement, { ...view, tab: 'chart' });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Customize…' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Size'), 'a4-landscape');
    await userEvent.click(within(dialog).getByLabelText('SVG'));
    await userEvent.click(within(dialog).getByLabelText('Off (⚠ marker only)'));
    const title = within(dialog).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Briefing figure');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saveSvg).toHaveBeenCalled());
    const svg = saveSvg.mock.calls[0]?.[0].svg ?? '';
    expect(svg).toContain('width="1123" height="794"');
    expect(svg).toContain('>Briefing figure</text>');
    expect(setExport.mock.calls[0]?.[0].export).toMatchObject({ preset: 'a4-landscape', format: 'svg', notes: 'off' });
  });

  it('the composer prepares the PNG its preview shows, and exports it without waiting for the choices to be saved', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="4" height="4"/></svg>';
    const savePng = vi.fn<ExportApi['savePng']>(async () => saved);
    const setExport = vi.fn<NonNullable<ExportApi['setExport']>>(() => new Promise(() => {})); // main never answers
    const { rasterize, prepareImage } = mount({ savePng, setExport }, host.querySelector('svg') as SVGSVGElement, { ...view, tab: 'chart' });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Customize…' }));
    const dialog = await screen.findByRole('dialog');
    prepareImage.mockClear(); // the menu's own preparation, before the composer opened
    await waitFor(() => expect(prepareImage).toHaveBeenCalled());
    const [preparedSvg, width, height, scale] = prepareImage.mock.calls.at(-1) ?? [];
    expect([width, height, scale]).toEqual([1920, 1080, 1]); // the default: a 16:9 slide, PNG at 1×
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(savePng).toHaveBeenCalled());
    expect(setExport).toHaveBeenCalled();
    expect(rasterize.mock.calls[0]).toEqual([preparedSvg, 1920, 1080, 1]);
  });

  it('keyboard: Enter opens on the first item that can be chosen, arrows move (and wrap), typeahead finds, Enter chooses', async () => {
    const saveTable = vi.fn(async () => saved);
    mount({ saveTable });
    screen.getByRole('button', { name: 'Export' }).focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Export the current view' });
    // No figure on screen: the image items are skipped.
    await waitFor(() => expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'CSV and metadata (.zip)' })));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Excel' }));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'CSV and metadata (.zip)' }));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'PDF' }));
    await userEvent.keyboard('e');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Excel' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(saveTable).toHaveBeenCalledWith(expect.objectContaining({ format: 'xlsx' })));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export' }));
  });

  it('Escape closes the menu and puts focus back on the button; a click outside closes it', async () => {
    mount({});
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    await openMenu();
    expect(screen.getByRole('menu')).toBeTruthy();
    await userEvent.click(document.body);
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('with a figure, the menu opens on PNG image; ticking High resolution keeps it open', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="4" height="4"/></svg>';
    mount({}, host.querySelector('svg') as SVGSVGElement, { ...view, tab: 'chart' });
    screen.getByRole('button', { name: 'Export' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'PNG image' })));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const hiRes = screen.getByRole('menuitemcheckbox', { name: 'High resolution (3×)' });
    expect(document.activeElement).toBe(hiRes);
    await userEvent.keyboard(' ');
    expect(hiRes.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('menu')).toBeTruthy();
  });
});
