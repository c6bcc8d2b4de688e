import { ErrorCode } from '../../errors';

/**
 * Outcome of normalising one raw value:
 * - ok: the normalised value;
 * - invalid: the value is malformed; the record is rejected with this code and message;
 * - junk: well-formed but a placeholder (555-555-5555, test@test.com, "n/a"); kept out of the graph,
 *   never links anything, and does not reject the record.
 */
export type NormaliseResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'invalid'; code: ErrorCode; message: string }
  | { kind: 'junk'; reason: string };

export const ok = <T>(value: T): NormaliseResult<T> => ({ kind: 'ok', value });
export const invalid = <T>(code: ErrorCode, message: string): NormaliseResult<T> => ({ kind: 'invalid', code, message });
export const junk = <T>(reason: string): NormaliseResult<T> => ({ kind: 'junk', reason });
