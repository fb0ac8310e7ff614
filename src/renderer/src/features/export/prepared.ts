/** Work started ahead of time, and how to let its resources go. */
export type Prepared<T> = { value: Promise<T>; release: () => void };

/**
 * Keeps at most one piece of work started ahead of its use: `prepare` starts it (the Export menu
 * opened), `take` hands it over if asked for the same key, or starts it afresh if the key changed
 * meanwhile. For image exports the key is the SVG text and the scale: an equal key means an equal
 * picture, so nothing stale is exported.
 */
export const preparedOnce = <T>() => {
  let kept: { key: string; work: Prepared<T> } | null = null;
  const release = () => {
    kept?.work.release();
    kept = null;
  };
  return {
    prepare(key: string, start: () => Prepared<T>): void {
      if (kept?.key === key) return;
      release();
      const work = start();
      kept = { key, work };
      // Failed early work is redone by `take`; nobody may be waiting for this one.
      work.value.catch(() => kept?.work === work && release());
    },
    take(key: string, start: () => Prepared<T>): Prepared<T> {
      if (kept?.key !== key) return start();
      const { work } = kept;
      kept = null;
      return work;
    },
    release,
  };
};
