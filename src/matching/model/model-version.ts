import { createHash } from 'node:crypto';
import type { TrainedModel } from './trained-model';

/** JSON with object keys sorted, so that equal values always hash alike. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** The model's version: a hash of what decides its scores (settings, prior, m and u, term frequencies, threshold). */
export function modelVersion(model: Pick<TrainedModel, 'settings' | 'lambda' | 'comparisons' | 'termFrequencies' | 'threshold'>): string {
  const payload = stableStringify({
    settings: model.settings,
    lambda: model.lambda,
    comparisons: model.comparisons,
    termFrequencies: model.termFrequencies,
    threshold: model.threshold,
  });
  return `fs-${createHash('sha256').update(payload).digest('hex').slice(0, 16)}`;
}
