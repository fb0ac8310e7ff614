import { contract, type Contract, type MethodName, type InputOf, type OutputOf, type ChannelName } from '../../shared/ipc/contract';
import { AppError, err, ok, type Result } from '../../shared/ipc/result';
import { refuseSender, type SenderInfo, type SenderPolicy } from './sender';

export type Handlers = {
  [M in MethodName]: (input: InputOf<Contract[M]>) => OutputOf<Contract[M]> | Promise<OutputOf<Contract[M]>>;
};

const byChannel = new Map<string, MethodName>(
  (Object.keys(contract) as MethodName[]).map((m) => [contract[m].name, m]),
);

const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');

/**
 * The single entry point for every IPC call (and for the E2E harness, which binds it to
 * `window.api` in Chromium). Checks the sender, validates the payload against the contract,
 * and turns every outcome into a `Result`: nothing thrown ever reaches the caller.
 */
export const createDispatcher = (handlers: Handlers, policy: SenderPolicy, log: (msg: string) => void = () => {}) =>
  async function dispatch(channelName: string, sender: SenderInfo, payload: unknown): Promise<Result<unknown>> {
    try {
      const method = byChannel.get(channelName);
      if (method === undefined) return err('UNKNOWN_CHANNEL', `Unknown channel “${String(channelName)}”.`);
      const refusal = refuseSender(sender, policy);
      if (refusal !== null) {
        log(`refused ${channelName}: ${refusal}`);
        return err('FORBIDDEN_SENDER', `Refused: ${refusal}.`);
      }
      const parsed = contract[method].input.safeParse(payload);
      if (!parsed.success) return err('INVALID_PAYLOAD', `Invalid request for ${channelName}: ${describeIssues(parsed.error.issues)}`);
      const handler = handlers[method] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof AppError) return err(e.code, e.message);
      log(`handler for ${channelName} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return err('INTERNAL', 'Something went wrong in the app. Your data was not changed.');
    }
  };

export type Dispatch = ReturnType<typeof createDispatcher>;
export const channelNames = [...byChannel.keys()] as ChannelName[];
