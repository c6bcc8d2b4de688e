import { AppContext } from '../app/app-context';
import { createLoaders, Loaders } from './loaders';

/** What every resolver of one request sees: the shared services and this request's own loaders. */
export interface RequestContext {
  app: AppContext;
  loaders: Loaders;
  actor: string;
  /** The caller's role, recorded in the audit log with every read. */
  role: string;
}

export function createRequestContext(app: AppContext, actor: string, role = 'unknown'): RequestContext {
  return { app, actor, role, loaders: createLoaders(app.graph, { actor }) };
}
