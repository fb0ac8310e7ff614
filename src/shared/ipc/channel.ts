import type { z } from 'zod';

/**
 * One entry of the IPC contract: the channel name, the zod schema its payload must pass,
 * and (type-only) what a successful call returns. `result` is a phantom value: only its type is used.
 */
export type Channel<Name extends string, Input extends z.ZodType, Output> = {
  name: Name;
  input: Input;
  result: Output;
};

export const channel = <Name extends string, Input extends z.ZodType, Output>(
  name: Name,
  input: Input,
  result: Output,
): Channel<Name, Input, Output> => ({ name, input, result });
