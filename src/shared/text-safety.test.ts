import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportableText, hasUnexportableChars, repairedViewName, viewNameProblem } from './text-safety';

/** Independent of the code under test: encodeURIComponent refuses a lone surrogate. */
const wellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};
const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

describe('exportableText', () => {
  it('replaces non-characters, lone surrogates and C0 controls, and nothing else', () => {
    const anyUnit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(anyUnit, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const out = exportableText(text);
        expect(wellFormed(out)).toBe(true);
        for (const ch of out) {
          const cp = ch.codePointAt(0) ?? 0;
          expect(isNonCharacter(cp) || (cp < 0x20 && ![9, 10, 13].includes(cp))).toBe(false);
        }
        expect(hasUnexportableChars(out)).toBe(false);
        // Well-formed text without those characters is untouched.
        if (
          wellFormed(text) &&
          ![...text].some((c) => {
            const cp = c.codePointAt(0) ?? 0;
            return isNonCharacter(cp) || (cp < 0x20 && ![9, 10, 13].includes(cp));
          })
        )
          expect(out).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(exportableText('a\ufffeb\u{10ffff}c\ud800d\udfffe\ufdd0')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
    expect(exportableText('Toronto onset = 2015 😀 é')).toBe('Toronto onset = 2015 😀 é');
  });
});

describe('viewNameProblem', () => {
  it('refuses bidi controls, zero-width characters, controls and unstorable characters, with a message', () => {
    for (const name of [
      'RTL \u202egpj.exe',
      'a\u2066b',
      'a\u2069',
      'zero\u200bwidth',
      'a\u200db',
      '\ufeffx',
      'tab\there',
      'x\ufffe',
      'x\ud800',
    ])
      expect(viewNameProblem(name), JSON.stringify(name)).toMatch(/^A view name cannot/);
    for (const name of ['Toronto onset = 2015', 'Afrique — 2014 (révisé)', 'عربى', '日本語 😀'])
      expect(viewNameProblem(name), name).toBeNull();
  });
});

describe('repairedViewName', () => {
  it('takes out what a name may no longer hold, keeping the rest; never empty', () => {
    expect(repairedViewName('RTL \u202egpj.exe', 100)).toBe('RTL gpj.exe');
    expect(repairedViewName('a\u200bb\ufffe\ud800', 100)).toBe('ab');
    expect(repairedViewName('\u202e', 100)).toBe('Unnamed view');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 150 }), (n) => {
        expect(viewNameProblem(repairedViewName(n, 100))).toBeNull();
      }),
    );
  });
});
