import { NextFunction, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { AppContext } from '../app/app-context';
import { actorOf } from '../auth';
import { ErrorCode, IdentityGraphError } from '../errors';
import { recordStandingOptOutSignal } from '../privacy/store';
import { AuthenticatedRequest, sendGraphqlError } from './authenticate';

/** How long a replica trusts that a customer's GPC signal is on record before it checks the graph again. */
const RECORDED_TTL_MS = 10 * 60 * 1000;

/**
 * Global Privacy Control: a customer's browser sends `Sec-GPC: 1` with every request, and the law (CCPA regs
 * §7025, and the states that followed) treats it as an opt-out of sale, sharing and targeted advertising. A
 * request with the header and a customer token records a standing GPC signal before the operation runs, so the
 * read it comes with is already decided under it. Other roles act for many people, so their header says nothing
 * about any one customer. A replica remembers whom it has recorded for a while instead of writing per request;
 * if the write fails the request fails (503): nothing is served without the opt-out on record.
 */
export function honourGlobalPrivacyControl(app: AppContext) {
  const recorded = new LRUCache<string, true>({ max: 100_000, ttl: RECORDED_TTL_MS });
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    const principal = req.principal;
    if (req.get('sec-gpc')?.trim() !== '1' || principal?.role !== 'customer' || recorded.has(principal.subject)) return next();
    try {
      await recordStandingOptOutSignal(app.graph, app.privacy.policy, {
        customerId: principal.subject, kind: 'GPC', source: 'browser_signal', capturedAt: new Date().toISOString(), withdrawnAt: null,
      }, { actor: actorOf(principal) });
      recorded.set(principal.subject, true);
      next();
    } catch (error) {
      if (error instanceof IdentityGraphError && error.code === ErrorCode.DATABASE_UNAVAILABLE) {
        sendGraphqlError(res, 503, ErrorCode.DATABASE_UNAVAILABLE, 'Sec-GPC: the opt-out signal could not be recorded; nothing was served');
        return;
      }
      next(error);
    }
  };
}
