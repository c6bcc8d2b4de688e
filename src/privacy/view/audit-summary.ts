import { DecisionLogEntry } from '../decide/filtered-view';

export interface AuditSummary {
  fields: string[];
  categories: string[];
  reasons: string[];
}

/**
 * Reduces a read's decision log to what the audit entry keeps: the names of the fields returned, their data
 * categories, and one line per distinct (outcome, field, source, reasons) with how many values it covers.
 * Field names, sources, categories, rule ids and reason codes only: the log never holds a value.
 */
export function summariseDecisions(decisions: readonly DecisionLogEntry[]): AuditSummary {
  const fields = new Set<string>();
  const categories = new Set<string>();
  const lines = new Map<string, number>();
  for (const d of decisions) {
    if (d.allowed) {
      fields.add(d.obligations.mask ? `${d.field} (masked)` : d.field);
      d.categories.forEach((c) => categories.add(c));
    }
    const why = d.reasons.map((r) => [r.code, r.ruleId, r.category, r.jurisdiction].filter((x) => x !== undefined).join(' ')).join('; ');
    const line = `${d.allowed ? 'served' : 'withheld'} ${d.field} [source ${d.source ?? 'none'}, ${d.signal}]: ${why}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  return {
    fields: [...fields].sort(),
    categories: [...categories].sort(),
    reasons: [...lines.entries()].map(([line, n]) => (n > 1 ? `${line} (x${n})` : line)).sort(),
  };
}
