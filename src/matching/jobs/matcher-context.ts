import type { Logger } from 'pino';
import { GraphExecutor } from '../../graph/graph-executor';
import { DEFAULT_GENERIC_VALUE_RULES, GenericValueRules } from '../guards/generic-value-rules';
import { ActiveModelCache } from '../store/model-store';

/** What every matching job needs: the graph, the active model, and the service's guard settings. */
export interface MatcherContext {
  graph: GraphExecutor;
  models: ActiveModelCache;
  genericRules: GenericValueRules;
  /** Most records a re-clustering reads around the records it was asked about. */
  neighbourhoodLimit: number;
  log: Logger;
}

export function matcherContext(graph: GraphExecutor, log: Logger, overrides: Partial<Omit<MatcherContext, 'graph' | 'log'>> = {}): MatcherContext {
  return {
    graph,
    log,
    models: overrides.models ?? new ActiveModelCache(),
    genericRules: overrides.genericRules ?? DEFAULT_GENERIC_VALUE_RULES,
    neighbourhoodLimit: overrides.neighbourhoodLimit ?? 500,
  };
}
