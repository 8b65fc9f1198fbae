/**
 * @module core/errors
 * Named error classes. The surfaces map them: UserError → exit 2 / HTTP 400,
 * OperationalError → retry or exit 3, InternalError → exit 70 / HTTP 500.
 */

export interface ErrorDetails {
  /** The file, URL or record the error is about. */
  readonly input?: string;
  /** "stage:kebab-rule" style code, e.g. "ingest:private-address". */
  readonly code?: string;
  readonly cause?: unknown;
}

abstract class TriangulateError extends Error {
  readonly input: string | undefined;
  readonly code: string | undefined;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.input = details.input;
    this.code = details.code;
  }
}

/** Bad input or configuration: the user can fix it. */
export class UserError extends TriangulateError {
  override readonly name = 'UserError';
}

/** A transient failure (network, lock, timeout): retrying may succeed. */
export class OperationalError extends TriangulateError {
  override readonly name = 'OperationalError';
}

/** A bug: an invariant did not hold. */
export class InternalError extends TriangulateError {
  override readonly name = 'InternalError';
}

/** A message for an unknown thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
