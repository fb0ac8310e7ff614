import { readFileSync } from 'node:fs';

/** The bundled report text, split into lines (line 1 is index 0), read once at startup. */
export const loadSourceLines = (file: string): string[] => readFileSync(file, 'utf8').split(/\r?\n/);
