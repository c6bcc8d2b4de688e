import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateEvents } from '../../seeds/events/generate-events';
import { peopleFromTruth } from '../../seeds/events/people-from-truth';
import { EventReport } from '../events';
import { AppContext } from './app-context';

/**
 * After the demo records are loaded (first start): generates the demo set's behavioural event stream (personas:
 * Savers, Explorers, Routine Shoppers; 180 days ending now, seed 42) and queues it, so segments and affinities
 * have something to show. The events worker aggregates it in the background.
 */
export async function loadDemoEvents(app: AppContext, dir: string): Promise<EventReport | null> {
  const truth = join(dir, 'truth.ndjson');
  if (!existsSync(truth)) return null;
  const { events } = generateEvents(peopleFromTruth(truth), { seed: '42', end: new Date() });
  return app.eventProducer.record(events, { via: 'cli', file: `${truth} (generated events)` });
}
