import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLeftoverTempFile, removeLeftoverTempFiles, writeFileAtomic } from './atomic-file';
import { removeDir, tempDir } from '../../../tests/support/main/views';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else behind', () => {
    const target = join(dir, 'views.json');
    writeFileAtomic(target, 'old');
    writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['views.json']);
  });

  it('a failed write has removed its temp file by the time it throws', () => {
    // A folder where the file should go: the final rename fails after the temp file was written.
    mkdirSync(join(dir, 'taken.pdf'));
    for (let i = 0; i < 5; i++) {
      expect(() => writeFileAtomic(join(dir, 'taken.pdf'), '%PDF')).toThrow();
      expect(readdirSync(dir)).toEqual(['taken.pdf']);
    }
  });
});

describe('leftover temp files', () => {
  it('removes only the temp files of the given target', () => {
    const target = join(dir, 'views.json');
    writeFileSync(target, '{}');
    for (const name of ['views.json.tmp-1764057600abcdef', 'other.json.tmp-1764057600abcdef', 'views.json.tmp-notatemp'])
      writeFileSync(join(dir, name), 'x');
    expect(removeLeftoverTempFiles(target)).toEqual(['views.json.tmp-1764057600abcdef']);
    expect(readdirSync(dir).sort()).toEqual(['other.json.tmp-1764057600abcdef', 'views.json', 'views.json.tmp-notatemp']);
    expect(isLeftoverTempFile('views.json.tmp-1764057600abcdef', 'views.json')).toBe(true);
    expect(isLeftoverTempFile('views.jsonx.tmp-1764057600abcdef', 'views.json')).toBe(false);
  });
});
