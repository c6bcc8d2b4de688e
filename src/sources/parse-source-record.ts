import { z } from 'zod';
import { ErrorCode, FieldIssue, fieldIssue } from '../errors';
import { SourceSystem } from '../model';
import { BuilderOptions, BuildResult } from './canonical-record-builder';
import { SOURCE_ADAPTERS } from './source-registry';

/**
 * Validates one raw record against its source's format and maps it to the canonical record.
 * Every problem is reported with the field's path and a code; raw values are never echoed in messages.
 */
export function parseSourceRecord(source: SourceSystem, raw: unknown, options: BuilderOptions): BuildResult {
  const adapter = SOURCE_ADAPTERS[source];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [fieldIssue('(record)', ErrorCode.WRONG_TYPE, 'a record must be a JSON object')] };
  }
  // Unknown fields are reported, then set aside, so that the known fields' problems are reported too.
  const known = new Set(Object.keys(adapter.shape));
  const unknownIssues = Object.keys(raw)
    .filter((key) => !known.has(key))
    .map((key) => fieldIssue(key, ErrorCode.UNKNOWN_FIELD, 'is not a field of this source format (check the spelling)'));
  const knownFields = Object.fromEntries(Object.entries(raw).filter(([key]) => known.has(key)));
  const parsed = adapter.schema.safeParse(knownFields);
  if (!parsed.success) {
    return { ok: false, issues: [...unknownIssues, ...parsed.error.issues.flatMap((i) => toFieldIssues(i, knownFields))] };
  }
  const built = adapter.toCanonical(parsed.data, options);
  if (unknownIssues.length === 0) return built;
  return { ok: false, issues: [...unknownIssues, ...(built.ok ? [] : built.issues)] };
}

function toFieldIssues(issue: z.core.$ZodIssue, given: Record<string, unknown>): FieldIssue[] {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(record)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        fieldIssue(key, ErrorCode.UNKNOWN_FIELD, 'is not a field of this source format (check the spelling)'),
      );
    case 'invalid_type':
      return isAbsent(given, issue.path)
        ? [fieldIssue(field, ErrorCode.REQUIRED_FIELD_MISSING, 'is required')]
        : [fieldIssue(field, ErrorCode.WRONG_TYPE, `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`)];
    case 'too_small':
      return [fieldIssue(field, ErrorCode.REQUIRED_FIELD_MISSING, 'is required and must not be blank')];
    case 'too_big':
      return [fieldIssue(field, ErrorCode.VALUE_TOO_LONG, `is longer than ${String(issue.maximum)} characters`)];
    case 'invalid_union':
      return [fieldIssue(field, ErrorCode.WRONG_TYPE, 'has the wrong type')];
    default:
      return [fieldIssue(field, ErrorCode.WRONG_TYPE, issue.message)];
  }
}

function isAbsent(given: Record<string, unknown>, path: PropertyKey[]): boolean {
  const [first] = path;
  return typeof first === 'string' && given[first] === undefined;
}
