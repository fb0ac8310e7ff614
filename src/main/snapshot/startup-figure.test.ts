import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../../shared/default-view-state';
import type { StartupFigureInput } from '../../shared/ipc/startup';
import { figureKey, injectStartupFigure, readStartupFigure, saveStartupFigure, STARTUP_FIGURE_FILE } from './startup-figure';
import { sanitizeSnapshotIn, sanitizeSnapshotOut } from './sanitize';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'startup-figure-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const state = { ...defaultViewState('health-assessments'), tab: 'chart' as const };
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs><rect clip-path="url(#c)" width="10" height="10" fill="#00f"/></svg>';
const input = (svg = SVG): StartupFigureInput => ({ state, lang: 'en', svg, box: { x: 300, y: 120, width: 556, height: 456 }, viewport: { width: 1280, height: 800 } });

const UNSAFE = [
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.org/x.png"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://example.org/#x)"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(x.css)</style></svg>',
];

describe('the snapshot sanitiser', () => {
  it('keeps what it rebuilt itself, unchanged, on the way out', () => {
    const kept = sanitizeSnapshotIn(SVG);
    expect(kept).not.toBeNull();
    expect(sanitizeSnapshotOut(kept)).toBe(kept);
  });
  it.each(UNSAFE)('rebuilds %s without what could run or fetch, and refuses it raw on the way out', (svg) => {
    expect(sanitizeSnapshotIn(svg)).not.toMatch(/script|onload|foreignObject|example\.org|@import/i);
    expect(sanitizeSnapshotOut(svg)).toBeNull();
  });
  it.each(['<html><svg></svg></html>', '<svg>', '', 'not markup'])('refuses %j, which is no SVG document', (svg) => {
    expect(sanitizeSnapshotIn(svg)).toBeNull();
    expect(sanitizeSnapshotOut(svg)).toBeNull();
  });
  it('refuses what is not a string', () => expect(sanitizeSnapshotIn({ svg: SVG })).toBeNull());
});

describe('the startup figure', () => {
  it('goes through the sanitiser on the way in: what is kept is the rebuilt SVG, never the script', () => {
    const dir = tempDir();
    const kept = saveStartupFigure(dir, input(UNSAFE[0] ?? ''));
    expect(kept?.svg).not.toMatch(/script/i);
    expect(readFileSync(join(dir, STARTUP_FIGURE_FILE), 'utf8')).not.toMatch(/script/i);
    expect(saveStartupFigure(tempDir(), input('<html></html>'))).toBeNull();
  });

  it('goes through the sanitiser on the way out: a file altered on disk to hold a script is not served', () => {
    const dir = tempDir();
    const kept = saveStartupFigure(dir, input());
    expect(kept).not.toBeNull();
    const key = figureKey(state, 'en');
    expect(readStartupFigure(dir, key)?.svg).toBe(kept?.svg);
    writeFileSync(join(dir, STARTUP_FIGURE_FILE), JSON.stringify({ ...kept, svg: kept?.svg.replace('</svg>', '<script>x()</script></svg>') }));
    expect(readStartupFigure(dir, key)).toBeNull();
  });

  it('is served only for the view and language it shows, and never when damaged', () => {
    const dir = tempDir();
    saveStartupFigure(dir, input());
    expect(readStartupFigure(dir, figureKey(state, 'fr'))).toBeNull();
    expect(readStartupFigure(dir, figureKey({ ...state, tab: 'table' }, 'en'))).toBeNull();
    expect(readStartupFigure(dir, null)).toBeNull();
    writeFileSync(join(dir, STARTUP_FIGURE_FILE), '{"key":');
    expect(readStartupFigure(dir, figureKey(state, 'en'))).toBeNull();
  });

  it('puts an <img> (no script, no text from the file) where the chart was, shown only at the same window size', () => {
    const dir = tempDir();
    const kept = saveStartupFigure(dir, input());
    const html = injectStartupFigure('<html><body><div id="root"></div></body></html>', kept);
    expect(html).toMatch(/<body><style>#startup-figure\{display:none\}@media \(width:1280px\) and \(height:800px\)/);
    expect(html).toContain('left:300px;top:120px;width:556px;height:456px');
    expect(html).not.toMatch(/<script|<svg/);
    expect(injectStartupFigure('<body></body>', null)).toBe('<body></body>');
  });
});
