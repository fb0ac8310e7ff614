import type { Dataset } from '../../shared/dataset';
import { keyNumbers } from '../../shared/home/key-numbers';
import { chartSketch, mapValues, type Sketch } from '../../shared/home/sketch';
import type { HomeData } from '../../shared/ipc/home';
import type { homeChannels } from '../../shared/ipc/home';
import { PRESETS, presetView } from '../../shared/presets';
import type { Handlers } from '../ipc/handle';
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

export const homeHandlers = (datasets: ReadonlyMap<string, Dataset>): HomeHandlers => {
  let data: HomeData | null = null;
  return { getHome: () => (data ??= homeData(datasets)) };
};
