import type { Plugin } from 'vite';
import { loadDatasets } from '../src/main/datasets/loader';
import { HOME_FIGURES_FILE, type BuiltHomeFigures } from '../src/main/home/built-figures';
import { homeData } from '../src/main/home/handlers';

/** The start screen's figures from the datasets in `dir`, as main would compute them, with the bytes they came from. */
export const computeHomeFigures = (dir: string): BuiltHomeFigures => {
  const catalog = loadDatasets(dir, null);
  return { datasets: { ...catalog.hashes }, home: homeData(catalog.datasets) };
};

/**
 * The main build's step for the start screen: computes its pictures (the world atlas projected for the
 * map figures) and key numbers once, and writes out/main/home-figures.json, which main answers
 * `home:figures` from instead of computing them on the first visit (src/main/home/built-figures.ts).
 */
export const homeFiguresPlugin = (datasetsDir: string): Plugin => ({
  name: 'iom-home-figures',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: HOME_FIGURES_FILE, source: `${JSON.stringify(computeHomeFigures(datasetsDir))}\n` });
  },
});
