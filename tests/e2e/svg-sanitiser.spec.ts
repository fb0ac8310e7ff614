import { sanitizeSvgMarkup } from '../../src/shared/svg/sanitize-markup';
import { svgAttackVectors } from '../support/shared/svg-attack-vectors';
import type { Browser } from '@playwright/test';
import fc from 'fast-check';
import { exportableText } from '../../src/shared/text-safety';
import { expect, test } from './fixtures';

/**
 * Every known SVG attack (tests/support/shared/svg-attack-vectors.ts), rebuilt by main's sanitiser and
 * opened in Chromium as a document (as a browser opens a saved .svg): no script runs, no request
 * leaves. The same vectors unsanitised are the control: the ones marked `fires` must be seen firing,
 * so a detector that sees nothing cannot pass.
 */
const HOST = 'http://svg.test';
const tagged = svgAttackVectors.map((v, i) => ({
  ...v,
  // Each payload reports its own number: alert(7), http://evil.test/7/…
  svg: v.svg.replace(/lert\(1\)/g, `lert(${i})`).replace(/http:\/\/evil\.test\//g, `http://evil.test/${i}/`),
}));

/** Opens the documents side by side in iframes; returns the vector numbers that ran script or fetched. */
const fired = async (
  browser: Browser,
  documents: (string | null)[],
  done: (seen: Set<number>) => boolean = () => false,
): Promise<Set<number>> => {
  // A bare page of its own: the fixtures' `page` is the app, which these documents are not part of.
  const page = await browser.newPage();
  const seen = new Set<number>();
  page.on('dialog', (dialog) => {
    seen.add(Number(dialog.message()));
    // Another frame's navigation or the page closing can dismiss it first: the vector is counted anyway.
    dialog.dismiss().catch(() => undefined);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST && url.pathname === '/') {
      const frames = documents.map((d, i) => (d === null ? '' : `<iframe src="/${i}.svg" width="60" height="60"></iframe>`));
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${frames.join('')}</body>` });
    }
    const own = /^\/(\d+)\.svg$/.exec(url.pathname);
    if (url.origin === HOST && own) return route.fulfill({ contentType: 'image/svg+xml', body: documents[Number(own[1])] ?? '' });
    const number = /^\/(\d+)\//.exec(url.pathname);
    seen.add(number ? Number(number[1]) : -1);
    return route.abort();
  });
  await page.goto(`${HOST}/`);
  // Animations in the corpus begin at once and last 10 ms; give timers and lazy loads a moment
  // (longer, up to 5 s, while `done` says the control is still waiting for payloads to fire).
  const until = Date.now() + 5_000;
  await page.waitForTimeout(500);
  while (!done(seen) && Date.now() < until) await page.waitForTimeout(100);
  await page.close();
  return seen;
};

test('Chromium: sanitised SVG attack vectors run no script and make no request', async ({ browser }) => {
  const clean = tagged.map((v) => {
    try {
      return sanitizeSvgMarkup(v.svg);
    } catch {
      return null; // refused outright: nothing is written
    }
  });
  expect([...(await fired(browser, clean))]).toEqual([]);
});

test('Chromium: the same vectors unsanitised do fire (the detector works)', async ({ browser }) => {
  const expected = tagged.flatMap((v, i) => (v.fires ? [i] : []));
  const seen = await fired(
    browser,
    tagged.map((v) => v.svg),
    (s) => expected.every((i) => s.has(i)),
  );
  expect(expected.filter((i) => !seen.has(i)).map((i) => tagged[i]?.name)).toEqual([]);
});

test('Chromium: any text, made exportable and rebuilt by main, still rasterizes (the PNG path)', async ({ browser }) => {
  const anyUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
  const texts = fc.sample(fc.oneof(anyUnit, fc.string({ unit: 'binary', maxLength: 40 })), { numRuns: 300, seed: 2015 });
  texts.push('Toronto onset = 2015', 'a on load= b', 'javascript: x', '\ufffe\uffff\ud800\udfff');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const svgs = texts.map((t) =>
    sanitizeSvgMarkup(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20"><text y="15">${escape(exportableText(t))}</text></svg>`,
    ),
  );
  const page = await browser.newPage();
  const failed = await page.evaluate(async (list) => {
    const bad: number[] = [];
    for (const [i, svg] of list.entries()) {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await img.decode().catch(() => bad.push(i));
    }
    return bad;
  }, svgs);
  await page.close();
  expect(failed.map((i) => JSON.stringify(texts[i]))).toEqual([]);
});
