import type { z } from 'zod';
import type { Channel } from './channel';
import type { Result } from './result';
import { datasetChannels } from './datasets';
import { viewChannels } from './views';
import { exportChannels } from './exports';
import { preferenceChannels } from './preferences';
import { startupChannels } from './startup';
import { homeChannels } from './home';

/**
 * The whole IPC surface, keyed by the method name the preload exposes on `window.api`.
 * Feature files contribute their channels here; nothing else may be exposed.
 */
export const contract = {
  ...datasetChannels,
  ...viewChannels,
  ...exportChannels,
  ...preferenceChannels,
  ...startupChannels,
  ...homeChannels,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ChannelName = Contract[MethodName]['name'];

type AnyChannel = Channel<string, z.ZodType, unknown>;
export type InputOf<C extends AnyChannel> = z.input<C['input']>;
export type OutputOf<C extends AnyChannel> = C['result'];

/** What the renderer sees as `window.api`: one promise-returning method per channel. */
export type Api = {
  [M in MethodName]: undefined extends InputOf<Contract[M]>
    ? (input?: InputOf<Contract[M]>) => Promise<Result<OutputOf<Contract[M]>>>
    : (input: InputOf<Contract[M]>) => Promise<Result<OutputOf<Contract[M]>>>;
};

export const methodNames = Object.keys(contract) as MethodName[];
/** [method, channel] pairs: the preload and the E2E harness build `window.api` from this. */
export const methodChannels: [MethodName, ChannelName][] = methodNames.map((m) => [m, contract[m].name]);
