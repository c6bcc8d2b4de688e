import { ErrorCode } from './error-code';

/**
 * One problem with one field of one input record. `field` is a dotted path into the record as the
 * source sent it (e.g. `address.zip`); `message` says what is wrong without repeating the raw value,
 * so that issues can be logged without leaking PII.
 */
export interface FieldIssue {
  field: string;
  code: ErrorCode;
  message: string;
}

export function fieldIssue(field: string, code: ErrorCode, message: string): FieldIssue {
  return { field, code, message };
}
