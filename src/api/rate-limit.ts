import { NextFunction, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '../errors';
import { AuthenticatedRequest, sendGraphqlError } from './authenticate';

export interface RateLimitSettings {
  points: number;
  windowSeconds: number;
  keyPrefix: string;
}

/**
 * Per-client rate limiting in Redis (so every API replica counts against the same budget): one point per
 * request, keyed on the token's role and subject. Over budget: HTTP 429, code RATE_LIMITED, Retry-After.
 * If Redis cannot answer, the request is refused rather than let through unmetered.
 */
export function rateLimit(redis: Redis, settings: RateLimitSettings) {
  const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: settings.keyPrefix, points: settings.points, duration: settings.windowSeconds });
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    if (req.principal === undefined) return next();
    const key = `${req.principal.role}:${req.principal.subject}`;
    try {
      const state = await limiter.consume(key, 1);
      res.setHeader('RateLimit-Remaining', String(state.remainingPoints));
      next();
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(retryAfter));
        sendGraphqlError(res, 429, ErrorCode.RATE_LIMITED, `rate limit: at most ${settings.points} requests per ${settings.windowSeconds} s per client; retry in ${retryAfter} s`, { retryAfterSeconds: retryAfter });
        return;
      }
      sendGraphqlError(res, 503, ErrorCode.QUEUE_UNAVAILABLE, 'rate limit: the limiter store (Redis) is unavailable; try again');
    }
  };
}
