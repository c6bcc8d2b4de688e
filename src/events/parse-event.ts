import { z } from 'zod';
import { ErrorCode, FieldIssue, fieldIssue } from '../errors';
import { BEHAVIOUR_EVENT, BehaviourEvent, EVENT_TYPES } from './event-schemas';

/** How far in the future an event may claim to have happened (clock skew between systems). */
const MAX_CLOCK_SKEW_MS = 86_400_000;

export type ParsedEvent = { ok: true; event: BehaviourEvent } | { ok: false; issues: FieldIssue[] };

/**
 * Validates one raw event. Every problem is reported with the field's path and a code; values are never
 * echoed in messages. The subject must be exactly one of a customer id or a source record (source + sourceId).
 */
export function parseEvent(raw: unknown, now: number = Date.now()): ParsedEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [fieldIssue('(event)', ErrorCode.WRONG_TYPE, 'an event must be a JSON object')] };
  }
  const type = (raw as Record<string, unknown>).type;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
    return { ok: false, issues: [fieldIssue('type', type === undefined ? ErrorCode.REQUIRED_FIELD_MISSING : ErrorCode.INVALID_ENUM_VALUE, `must be one of ${EVENT_TYPES.join(', ')}`)] };
  }
  const parsed = BEHAVIOUR_EVENT.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues.flatMap((i) => toFieldIssues(i, raw as Record<string, unknown>));
  const r = raw as Record<string, unknown>;
  const byCustomer = r.customerId !== undefined;
  const byRecord = r.source !== undefined || r.sourceId !== undefined;
  if (byCustomer && byRecord) {
    issues.push(fieldIssue('customerId', ErrorCode.EVENT_SUBJECT_INVALID, 'give either customerId or source + sourceId, not both'));
  } else if (!byCustomer && !byRecord) {
    issues.push(fieldIssue('customerId', ErrorCode.EVENT_SUBJECT_INVALID, 'is required when source + sourceId are absent'));
  } else if (byRecord && (r.source === undefined || r.sourceId === undefined)) {
    issues.push(fieldIssue(r.source === undefined ? 'source' : 'sourceId', ErrorCode.EVENT_SUBJECT_INVALID, 'source and sourceId go together'));
  }
  if (parsed.success && Date.parse(parsed.data.occurredAt) > now + MAX_CLOCK_SKEW_MS) {
    issues.push(fieldIssue('occurredAt', ErrorCode.INVALID_DATE, 'is more than a day in the future'));
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, event: parsed.data };
}

function toFieldIssues(issue: z.core.$ZodIssue, given: Record<string, unknown>): FieldIssue[] {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(event)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => fieldIssue(issue.path.length > 0 ? `${field}.${key}` : key, ErrorCode.UNKNOWN_FIELD, `is not a field of this event type (check the spelling)`));
    case 'invalid_type':
      return isAbsent(given, issue.path)
        ? [fieldIssue(field, ErrorCode.REQUIRED_FIELD_MISSING, 'is required')]
        : [fieldIssue(field, ErrorCode.WRONG_TYPE, `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`)];
    case 'invalid_value':
      return isAbsent(given, issue.path)
        ? [fieldIssue(field, ErrorCode.REQUIRED_FIELD_MISSING, `is required: one of ${issue.values.map(String).join(', ')}`)]
        : [fieldIssue(field, ErrorCode.INVALID_ENUM_VALUE, `must be one of ${issue.values.map(String).join(', ')}`)];
    case 'too_small':
      return [fieldIssue(field, issue.origin === 'string' ? ErrorCode.REQUIRED_FIELD_MISSING : ErrorCode.WRONG_TYPE, issue.origin === 'string' ? 'is required and must not be blank' : `must be at least ${String(issue.minimum)}`)];
    case 'too_big':
      return [fieldIssue(field, ErrorCode.VALUE_TOO_LONG, issue.origin === 'string' ? `is longer than ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`)];
    default:
      return [fieldIssue(field, field === 'occurredAt' ? ErrorCode.INVALID_DATE : ErrorCode.WRONG_TYPE, issue.message)];
  }
}

function isAbsent(given: Record<string, unknown>, path: PropertyKey[]): boolean {
  let node: unknown = given;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return true;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === undefined;
}
