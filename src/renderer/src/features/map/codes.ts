import { alpha3ToNumeric } from '../../../../shared/country-table';
import { paddedNumeric } from '../../../../shared/view/map-data';

/** world-atlas feature id ("586") for an ISO 3166 alpha-3 code ("PAK"); null for codes it has no shape for. */
export const atlasIdOf = (iso3: string): string | null => paddedNumeric(alpha3ToNumeric(iso3));

/** Re-keys a per-ISO3 map by world-atlas id. */
export const byAtlasId = <T>(values: ReadonlyMap<string, T>): Map<string, T & { iso3: string }> => {
  const out = new Map<string, T & { iso3: string }>();
  for (const [iso3, v] of values) {
    const id = atlasIdOf(iso3);
    if (id !== null) out.set(id, { ...v, iso3 });
  }
  return out;
};
