import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors';
import { Features } from './features';
import { evaluateRule, Rule, RULE_SCHEMA } from './segment-rules';

export const DEFAULT_SEGMENTS_PATH = join(__dirname, '..', '..', 'config', 'segments', 'segments.json');

/** Policy data categories a segment can carry; sensitive ones are gated by the privacy engine. */
const SEGMENT_CATEGORIES = ['inferred_profile', 'purchase_history', 'health', 'precise_location'] as const;

const DEFINITION = z.strictObject({
  segmentId: z.string().regex(/^[a-z][a-z0-9_]*$/),
  version: z.number().int().positive(),
  name: z.string().min(1),
  kind: z.enum(['value', 'lifecycle', 'persona', 'sensitive']),
  owner: z.string().min(1),
  purpose: z.string().min(1),
  description: z.string().min(1),
  /** Data categories for the policy; always inferred_profile, plus health or precise_location when built on them. */
  categories: z.array(z.enum(SEGMENT_CATEGORIES)).min(1),
  rule: RULE_SCHEMA,
});
export type SegmentDefinition = z.infer<typeof DEFINITION>;

const FILE = z.strictObject({ version: z.string().min(1), segments: z.array(DEFINITION).min(1) });

/** Loads and validates the segment definitions; every problem is reported together. */
export function loadSegmentDefinitions(path: string = DEFAULT_SEGMENTS_PATH): SegmentDefinition[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${path}: cannot read segment definitions (${error instanceof Error ? error.message : String(error)})`]);
  }
  const parsed = FILE.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${path}: ${i.path.join('.')}: ${i.message}`));
  const ids = parsed.data.segments.map((s) => s.segmentId);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dupes.length > 0) throw new ConfigError([`${path}: segment ids must be unique (${dupes.join(', ')})`]);
  const unlabelled = parsed.data.segments.filter((s) => !s.categories.includes('inferred_profile'));
  if (unlabelled.length > 0) throw new ConfigError(unlabelled.map((s) => `${path}: segment ${s.segmentId}: categories must include inferred_profile`));
  return parsed.data.segments;
}

export interface Membership {
  segmentId: string;
  version: number;
  reason: string;
}

/** The segments a customer's features put them in, each with the reason. */
export function evaluateSegments(definitions: readonly SegmentDefinition[], features: Features): Membership[] {
  return definitions.flatMap((d) => {
    const outcome = evaluateRule(d.rule as Rule, features);
    return outcome.matched ? [{ segmentId: d.segmentId, version: d.version, reason: outcome.reason }] : [];
  });
}

export function isSensitive(definition: Pick<SegmentDefinition, 'categories'>): boolean {
  return definition.categories.some((c) => c === 'health' || c === 'precise_location');
}
