import { methodChannels, type Api, type ChannelName } from './contract';
import type { Result } from './result';

export type Invoke = (channel: ChannelName, payload: unknown) => Promise<Result<unknown>>;

/**
 * `window.api`: one method per contract channel, each forwarding its single argument. The preload
 * passes ipcRenderer.invoke; the E2E harness passes a binding to the same main-process dispatcher.
 */
export const buildApi = (invoke: Invoke): Api => {
  const api: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const [method, channel] of methodChannels) api[method] = (input?: unknown) => invoke(channel, input);
  return Object.freeze(api) as Api;
};
