import { AppContext } from '../app/app-context';

export interface HealthReport {
  status: 'ok' | 'degraded';
  neo4j: 'up' | 'down';
  redis: 'up' | 'down';
  queue?: Record<string, number>;
  deadLetters?: number;
}

/** Reports each dependency separately, so an operator sees which one is down. */
export async function healthReport(app: AppContext): Promise<HealthReport> {
  const [neo4j, redis] = await Promise.all([
    app.graph.verifyConnectivity().then(() => 'up' as const, () => 'down' as const),
    app.redis.ping().then(() => 'up' as const, () => 'down' as const),
  ]);
  const report: HealthReport = { status: neo4j === 'up' && redis === 'up' ? 'ok' : 'degraded', neo4j, redis };
  if (redis === 'up') {
    report.queue = await app.ingestQueue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    report.deadLetters = await app.deadLetters.count();
  }
  return report;
}
