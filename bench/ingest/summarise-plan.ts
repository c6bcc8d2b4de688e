import { ProfiledPlan } from 'neo4j-driver';

export interface PlanSummary {
  dbHits: number;
  /** The operators with the most database hits, with their details (index, label, expand). */
  top: { operator: string; details: string; dbHits: number; rows: number }[];
  /** The whole plan, one operator a line, indented by depth. */
  tree: string[];
}

export function summarisePlan(plan: ProfiledPlan | false | undefined, topN = 4): PlanSummary {
  if (!plan) return { dbHits: 0, top: [], tree: [] };
  const operators: PlanSummary['top'] = [];
  const tree: string[] = [];
  const walk = (p: ProfiledPlan, depth: number) => {
    const details = typeof p.arguments?.Details === 'string' ? p.arguments.Details : '';
    const operator = p.operatorType.replace(/@neo4j$/, '');
    operators.push({ operator, details: details.slice(0, 140), dbHits: Number(p.dbHits), rows: Number(p.rows) });
    tree.push(`${'  '.repeat(depth)}${operator} ${details.slice(0, 110)} [rows ${Number(p.rows)}, db hits ${Number(p.dbHits)}]`);
    for (const child of p.children) walk(child, depth + 1);
  };
  walk(plan, 0);
  return { dbHits: operators.reduce((a, b) => a + b.dbHits, 0), top: [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, topN), tree };
}
