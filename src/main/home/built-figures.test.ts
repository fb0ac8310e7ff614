import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../tests/support/main/datasets';
import type { HomeData } from '../../shared/ipc/home';
import { builtHomeFiguresSchema, readBuiltHomeFigures, type BuiltHomeFigures } from './built-figures';
import { homeData, homeHandlers } from './handlers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const fileWith = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'iom-home-figures-'));
  dirs.push(dir);
  const file = join(dir, 'home-figures.json');
  writeFileSync(file, text);
  return file;
};

const computed = homeData(catalog.datasets);
const built = (home: HomeData = computed): BuiltHomeFigures => ({ datasets: { ...catalog.hashes }, home });
/** The computed figures with the health map's first shape moved: tells a file's answer from a computed one. */
const marked = (): HomeData => {
  const copy = structuredClone(computed);
  const map = copy.sketches['health-assessments-map'];
  if (map?.kind !== 'map' || map.shapes[0] === undefined) throw new Error('no health map');
  map.shapes[0].d = 'M1,1L2,2Z';
  return copy;
};

const handlerOn = (file: string) => {
  const log = vi.fn();
  return { log, getHome: homeHandlers(catalog.datasets, { file, datasetHashes: catalog.hashes, log }).getHome };
};

describe('the start screen figures the build wrote', () => {
  it('main answers them as written, without computing (a file the computation would not give is answered)', async () => {
    const { getHome, log } = handlerOn(fileWith(JSON.stringify(built(marked()))));
    expect(await getHome(undefined)).toEqual(marked());
    expect(log).not.toHaveBeenCalled();
  });

  it('the computed figures survive the file round trip and the schema unchanged', () => {
    const roundTrip: unknown = JSON.parse(JSON.stringify(built()));
    expect(builtHomeFiguresSchema.parse(roundTrip)).toEqual(built());
  });

  const damaged: [string, (file: string) => void][] = [
    ['missing', (file) => rmSync(file)],
    ['cut short', (file) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000))],
    ['a shape with a negative class', (file) => {
      const bad = built(marked());
      const map = bad.home.sketches['health-assessments-map'];
      if (map?.kind === 'map' && map.shapes[0]) map.shapes[0].shade = -1;
      writeFileSync(file, JSON.stringify(bad));
    }],
    ['computed from a dataset that changed since', (file) => {
      const stale = built(marked());
      const first = Object.keys(stale.datasets)[0] ?? '';
      stale.datasets[first] = '0'.repeat(64);
      writeFileSync(file, JSON.stringify(stale));
    }],
  ];
  it.each(damaged)('a file %s: main computes the figures as before and says why, once', async (_, damage) => {
    const file = fileWith(JSON.stringify(built(marked())));
    damage(file);
    expect('problem' in (await readBuiltHomeFigures(file, catalog.hashes))).toBe(true);
    const { getHome, log } = handlerOn(file);
    expect(await getHome(undefined)).toEqual(computed);
    await getHome(undefined);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/start screen figures computed at launch: .*home-figures\.json/);
  });
});
