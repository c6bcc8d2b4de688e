import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../errors';
import { SOURCE_SYSTEMS, SourceSystem } from '../../model';

export const DEFAULT_SURVIVORSHIP_PATH = join(__dirname, '..', '..', '..', 'config', 'survivorship.json');

const survivorshipSchema = z
  .strictObject({
    description: z.string(),
    sourcePriority: z.array(z.enum(SOURCE_SYSTEMS)),
  })
  .refine((c) => new Set(c.sourcePriority).size === SOURCE_SYSTEMS.length && c.sourcePriority.length === SOURCE_SYSTEMS.length, {
    message: `must list every source system exactly once (${SOURCE_SYSTEMS.join(', ')})`,
    path: ['sourcePriority'],
  });

export interface SurvivorshipConfig {
  /** Source systems, most trusted first: the last tie-breaker. */
  sourcePriority: readonly SourceSystem[];
}

/** Reads and validates the survivorship settings once, at start; every problem is reported together. */
export function loadSurvivorshipConfig(path: string = DEFAULT_SURVIVORSHIP_PATH): SurvivorshipConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${path}: cannot read survivorship settings (${(error as Error).message})`]);
  }
  const parsed = survivorshipSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  return { sourcePriority: parsed.data.sourcePriority };
}
