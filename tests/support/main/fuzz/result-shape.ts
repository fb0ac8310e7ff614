import type { ErrorCode, Result } from '../../../../src/shared/ipc/result';

/** Every error code, checked both ways by the compiler: a new code must be added here. */
const CODES: Record<ErrorCode, true> = {
  FORBIDDEN_SENDER: true,
  INVALID_PAYLOAD: true,
  UNKNOWN_CHANNEL: true,
  NOT_FOUND: true,
  DATASET_INVALID: true,
  STORE_READ_ONLY: true,
  IO_ERROR: true,
  CANCELLED: true,
  FILE_TOO_LARGE: true,
  INVALID_FILE: true,
  INTERNAL: true,
};

/** A well-formed Result: `{ ok: true, value }` or `{ ok: false, code, message }` with a known code. */
export const isResult = (r: unknown): r is Result<unknown> => {
  if (r === null || typeof r !== 'object') return false;
  const o = r as Record<string, unknown>;
  if (o.ok === true) return 'value' in o && Object.keys(o).length === 2;
  return (
    o.ok === false &&
    typeof o.code === 'string' &&
    Object.hasOwn(CODES, o.code) &&
    typeof o.message === 'string' &&
    Object.keys(o).length === 3
  );
};
