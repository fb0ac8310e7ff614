import type { Api } from '../../../shared/ipc/contract';
import type { Preferences } from '../../../shared/ipc/preferences';
import type { Result } from '../../../shared/ipc/result';
import { takePrefetched } from './startup';

const shared = new WeakMap<Api, Promise<Result<Preferences>>>();

/** The preferences of this launch, asked for once: language, theme and panels all read the same answer. */
export const startupPreferences = (api: Api): Promise<Result<Preferences>> => {
  const known = shared.get(api);
  if (known) return known;
  const p = takePrefetched(api, 'preferences', () => api.getPreferences());
  shared.set(api, p);
  return p;
};
