import { ErrorCode } from './error-code';

/** Base class: a code from the one enum, a message that names the field and what is wrong with it. */
export class IdentityGraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
