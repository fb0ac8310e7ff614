import type { startupChannels } from '../../shared/ipc/startup';
import { systemLanguage } from '../../shared/system-language';
import type { Handlers } from '../ipc/handle';
import { figureKey, injectStartupFigure, readStartupFigure, saveStartupFigure, type StartupFigure } from './startup-figure';

type StartupHandlers = Pick<Handlers, keyof typeof startupChannels>;
type Base = Omit<Handlers, keyof typeof startupChannels>;

export const startupHandlers = (h: Base, userDataDir: string): StartupHandlers => ({
  getStartup: async () => {
    const [view, catalog, preferences, views] = await Promise.all([
      h.getStartupView(undefined),
      h.listDatasets(undefined),
      h.getPreferences(undefined),
      h.listViews(undefined),
    ]);
    return { view, catalog, preferences, views, home: view === null ? await h.getHome(undefined) : null };
  },
  saveStartupFigure: (input) => saveStartupFigure(userDataDir, input) !== null,
});

/** What main's file server (app://, or the harness's router) needs to hand the kept figure to the page. */
export type StartupFigureServer = {
  /** index.html with the figure's <img> when a snapshot of the view this launch opens on is kept. */
  indexHtml: (template: string) => Promise<string>;
  /** The figure's SVG (sanitised again on the way out), or null: the page then gets a 404. */
  svg: () => Promise<string | null>;
};

export const startupFigureServer = (handlers: Handlers, userDataDir: string, systemLanguages: readonly string[] = []): StartupFigureServer => {
  const current = async (): Promise<StartupFigure | null> => {
    const [view, prefs] = await Promise.all([handlers.getStartupView(undefined), handlers.getPreferences(undefined)]);
    if (view === null) return null;
    return readStartupFigure(userDataDir, figureKey(view.state, prefs.language ?? systemLanguage(systemLanguages)));
  };
  return {
    indexHtml: async (template) => injectStartupFigure(template, await current()),
    svg: async () => (await current())?.svg ?? null,
  };
};
