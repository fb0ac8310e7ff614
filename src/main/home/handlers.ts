import type { Dataset } from '../../shared/dataset';
import { keyNumbers } from '../../shared/home/key-numbers';
import { chartSketch, mapValues, type Sketch } from '../../shared/home/sketch';
import type { HomeData } from '../../shared/ipc/home';
import type { homeChannels } from '../../shared/ipc/home';
import { PRESETS, presetView } from '../../shared/presets';
import type { Handlers } from '../ipc/handle';
import { readBuiltHomeFigures } from './built-figures';
import { mapSketch } from './map-sketch';

type HomeHandlers = Pick<Handlers, keyof typeof homeChannels>;

/** The start screen's pictures and numbers, from the bundled datasets (same every call: computed once). */
export const homeData = (datasets: ReadonlyMap<string, Dataset>): HomeData => {
  const sketches: Record<string, Sketch> = {};
  for (const preset of PRESETS) {
    const dataset = datasets.get(preset.datasetId);
    if (dataset === undefined) continue;
    const mode = presetView(preset).map.mode;
    const sketch =
      preset.view.tab === 'map' && (mode === 'choropleth' || mode === 'symbols')
        ? mapSketch(mapValues(dataset, preset), mode)
        : chartSketch(dataset, preset);
    if (sketch !== null) sketches[preset.id] = sketch;
  }
  return { sketches, numbers: keyNumbers((id) => datasets.get(id)) };
};

/** Where the build wrote the figures (out/main/home-figures.json) and the bytes main loaded, by hash. */
export type BuiltHome = { file: string; datasetHashes: Readonly<Record<string, string>>; log: (message: string) => void };

/**
 * Answers the build's figures when they match the loaded datasets (a file read, no atlas to project);
 * without them (no build step, a damaged file, datasets changed since) computes them once, as it did
 * before, and says why once: the start screen is never left blank.
 */
export const homeHandlers = (datasets: ReadonlyMap<string, Dataset>, built: BuiltHome | null = null): HomeHandlers => {
  let data: Promise<HomeData> | null = null;
  const answer = async (): Promise<HomeData> => {
    if (built !== null) {
      const read = await readBuiltHomeFigures(built.file, built.datasetHashes);
      if ('home' in read) return read.home;
      built.log(`start screen figures computed at launch: ${read.problem}`);
    }
    return homeData(datasets);
  };
  return { getHome: () => (data ??= answer()) };
};
