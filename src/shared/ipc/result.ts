/** Every IPC call resolves to one of these; handlers never reject. */
export type ErrorCode =
  | 'FORBIDDEN_SENDER'
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'DATASET_INVALID'
  | 'STORE_READ_ONLY'
  | 'IO_ERROR'
  | 'CANCELLED'
  | 'FILE_TOO_LARGE'
  | 'INVALID_FILE'
  | 'INTERNAL';

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: ErrorCode; message: string };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Err => ({ ok: false, code, message });

/** Thrown inside handlers to return a specific typed error; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
