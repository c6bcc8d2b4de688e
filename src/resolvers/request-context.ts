import { AppContext } from '../app/app-context';
import { actorOf, Principal } from '../auth';
import { SourceReach, sourceReach } from '../privacy/decide';
import { createLoaders, Loaders } from './loaders';

/** What every resolver of one request sees: the shared services, the verified caller and this request's own loaders. */
export interface RequestContext {
  app: AppContext;
  loaders: Loaders;
  /** The caller, from the verified bearer token only. */
  principal: Principal;
  /** actorOf(principal): written to transaction metadata and the audit log. */
  actor: string;
  /** The caller's role, recorded in the audit log with every read. */
  role: Principal['role'];
  /** The records an app's purposes reach (sources, link confidence); null for roles that see every record. */
  reach: SourceReach[] | null;
}

export function createRequestContext(app: AppContext, principal: Principal): RequestContext {
  const actor = actorOf(principal);
  const reach = principal.role === 'app' ? sourceReach(app.privacy.policy, principal.purposes) : null;
  return { app, principal, actor, role: principal.role, reach, loaders: createLoaders(app.graph, { actor }, reach) };
}
