import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../errors';
import { Policy } from '../policy/policy';

export const DEFAULT_RETENTION_PATH = join(__dirname, '..', '..', '..', 'config', 'retention.json');

const retentionSchema = z.strictObject({
  description: z.string(),
  days: z.record(z.string(), z.number().int().positive()),
});

/** Days to keep data of each category of the policy. */
export interface RetentionSchedule {
  days: ReadonlyMap<string, number>;
}

/** Reads the schedule once, at start, and checks that it names exactly the policy's categories. */
export function loadRetentionSchedule(policy: Policy, path: string = DEFAULT_RETENTION_PATH): RetentionSchedule {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${path}: cannot read the retention schedule (${(error as Error).message})`]);
  }
  const parsed = retentionSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  const problems = [
    ...[...policy.categories.keys()].filter((c) => parsed.data.days[c] === undefined).map((c) => `${path}: days.${c}: missing: every category of the policy needs a retention period`),
    ...Object.keys(parsed.data.days).filter((c) => !policy.categories.has(c)).map((c) => `${path}: days.${c}: not a category of policy ${policy.version}`),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return { days: new Map(Object.entries(parsed.data.days)) };
}

/** The shortest period among categories: data labelled with several categories is kept for the shortest. */
export function shortestDays(schedule: RetentionSchedule, categories: readonly string[]): number {
  const days = categories.map((c) => schedule.days.get(c)).filter((d): d is number => d !== undefined);
  if (days.length === 0) throw new Error(`no retention period for categories ${categories.join(', ')}`);
  return Math.min(...days);
}
