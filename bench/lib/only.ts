/**
 * `--only 1,5c`: which steps of the bench run. A step runs when its own id is asked for, or the
 * metric it belongs to (the id's leading number): `--only 5` runs 5 and 5c, `--only 5c` runs 5c
 * alone. Without `--only` (undefined or blank), every step runs.
 */
export const stepFilter = (spec: string | undefined): ((id: string) => boolean) => {
  const asked = new Set((spec ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  if (asked.size === 0) return () => true;
  return (id) => {
    const own = id.toLowerCase();
    const metric = /^\d+/.exec(own)?.[0];
    return asked.has(own) || (metric !== undefined && asked.has(metric));
  };
};
