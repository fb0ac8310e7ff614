import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, relative path → bytes: "did anything on disk change?" in one comparison. */
export type DirSnapshot = Map<string, Buffer>;

export const snapshotDir = (dir: string, root: string = dir, out: DirSnapshot = new Map()): DirSnapshot => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) snapshotDir(path, root, out);
    else out.set(relative(root, path), readFileSync(path));
  }
  return out;
};

/** Human-readable differences between two snapshots (empty when identical). */
export const diffSnapshots = (before: DirSnapshot, after: DirSnapshot): string[] => {
  const diffs: string[] = [];
  for (const [name, bytes] of before) {
    const now = after.get(name);
    if (now === undefined) diffs.push(`deleted ${name}`);
    else if (!now.equals(bytes)) diffs.push(`changed ${name}`);
  }
  for (const name of after.keys()) if (!before.has(name)) diffs.push(`created ${name}`);
  return diffs;
};

/** Names Object.prototype and Array.prototype carry; compare before/after to detect pollution. */
export const prototypeFingerprint = (): string =>
  JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);

export const isPolluted = (): boolean => {
  const probe: Record<string, unknown> = {};
  return probe.polluted !== undefined || probe.isAdmin !== undefined;
};
