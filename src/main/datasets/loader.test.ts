import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasets } from './loader';
import { datasetHandlers } from './handlers';
import { AppError } from '../../shared/ipc/result';

const bundled = fileURLToPath(new URL('../../../resources/datasets/', import.meta.url));
const movements = 'assisted-movements-by-year.json';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'iom-loader-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadDatasets', () => {
  it('skips a dataset that fails validation, says why, and still loads the others', () => {
    const dir = tempDir();
    copyFileSync(join(bundled, movements), join(dir, movements));
    const broken = JSON.parse(readFileSync(join(bundled, movements), 'utf8')) as { id: string; rows: { values: object }[] };
    broken.id = 'broken-copy';
    broken.rows[0]!.values = { notAField: 1 };
    writeFileSync(join(dir, 'broken-copy.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'not-json.json'), '{ nope');

    const catalog = loadDatasets(dir);

    expect([...catalog.datasets.keys()]).toEqual(['assisted-movements-by-year']);
    const invalid = catalog.summaries.filter((s) => s.status === 'invalid');
    expect(invalid.map((s) => s.id).sort()).toEqual(['broken-copy', 'not-json']);
    expect(JSON.stringify(invalid)).toContain('unknown field notAField');
    expect(JSON.stringify(invalid)).toContain('not valid JSON');
  });

  it('reports a missing datasets folder instead of throwing', () => {
    const catalog = loadDatasets(join(tempDir(), 'nowhere'));
    expect(catalog.datasets.size).toBe(0);
    expect(catalog.summaries).toEqual([expect.objectContaining({ status: 'invalid', id: 'catalog' })]);
  });

  it('rejects a second file with an id already loaded', () => {
    const dir = tempDir();
    copyFileSync(join(bundled, movements), join(dir, 'a.json'));
    copyFileSync(join(bundled, movements), join(dir, 'b.json'));
    const catalog = loadDatasets(dir);
    expect(catalog.datasets.size).toBe(1);
    expect(catalog.summaries.find((s) => s.status === 'invalid')).toMatchObject({ file: 'b.json' });
  });
});

describe('dataset handlers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iom-handlers-'));
  copyFileSync(join(bundled, movements), join(dir, movements));
  writeFileSync(join(dir, 'bad.json'), '[]');
  const handlers = datasetHandlers(loadDatasets(dir), ['one', 'two', 'three']);

  it('serves a dataset and a typed error for unknown or invalid ones', () => {
    expect(handlers.getDataset({ id: 'assisted-movements-by-year' })).toMatchObject({ id: 'assisted-movements-by-year' });
    expect(() => handlers.getDataset({ id: 'nope' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as AppError);
    expect(() => handlers.getDataset({ id: 'bad' })).toThrow(expect.objectContaining({ code: 'DATASET_INVALID' }) as AppError);
  });

  it('serves report lines by 1-based number, clipped to the text', () => {
    expect(handlers.getSourceLines({ from: 2, to: 9 })).toEqual({ from: 2, lines: ['two', 'three'], total: 3 });
    expect(() => handlers.getSourceLines({ from: 4, to: 5 })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as AppError);
  });
});
