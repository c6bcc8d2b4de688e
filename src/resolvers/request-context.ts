import { AppContext } from '../app/app-context';
import { createLoaders, Loaders } from './loaders';

/** What every resolver of one request sees: the shared services and this request's own loaders. */
export interface RequestContext {
  app: AppContext;
  loaders: Loaders;
  actor: string;
}

export function createRequestContext(app: AppContext, actor: string): RequestContext {
  return { app, actor, loaders: createLoaders(app.graph, { actor }) };
}
