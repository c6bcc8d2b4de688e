import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file sits in src/matching/evaluation). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Where the labelled linkage sets live: LINKAGE_DATA_DIR when set, else `shared/data/linkage` beside the
 * repository (as CI clones it). They are read in place, never copied into the project.
 */
export function linkageDataDir(): string {
  const override = process.env.LINKAGE_DATA_DIR;
  return override !== undefined && override.length > 0 ? resolve(override) : join(REPO_ROOT, '..', 'shared', 'data', 'linkage');
}

export function linkageDataAvailable(dir = linkageDataDir()): boolean {
  return existsSync(join(dir, 'febrl', 'dataset1.csv'));
}
