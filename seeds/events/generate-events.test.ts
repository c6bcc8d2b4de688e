import { join } from 'node:path';
import { parseEvent } from '../../src/events/parse-event';
import { generateEvents } from './generate-events';
import { peopleFromTruth } from './people-from-truth';

describe('event generator', () => {
  const people = peopleFromTruth(join(__dirname, '..', 'demo', 'truth.ndjson'));
  const end = new Date('2026-07-01T00:00:00Z');
  const { events, truth } = generateEvents(people, { seed: '42', end });

  it('is deterministic for a seed and an end', () => {
    const again = generateEvents(people, { seed: '42', end });
    expect(again.events).toEqual(events);
    expect(generateEvents(people, { seed: '7', end }).events).not.toEqual(events);
  });

  it("writes only events the service accepts, with unique ids, inside the window, naming the person's own records", () => {
    const owner = new Map(people.flatMap((p) => p.records.map((r) => [`${r.source}:${r.sourceId}`, p.personId] as const)));
    expect(events.filter((e) => !parseEvent(e).ok)).toEqual([]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    for (const e of events) {
      const at = Date.parse(String(e.occurredAt));
      expect(at).toBeLessThan(end.getTime());
      expect(at).toBeGreaterThan(end.getTime() - 181 * 86_400_000);
      expect(owner.has(`${String(e.source)}:${String(e.sourceId)}`)).toBe(true);
    }
  });

  it('has every persona and event type of the issue', () => {
    expect(new Set(truth.map((t) => t.persona))).toEqual(new Set(['saver', 'explorer', 'routine', 'casual']));
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['purchase', 'pharmacy_fill', 'fuel_purchase', 'web', 'email']));
    expect(new Set(events.filter((e) => e.type === 'web').map((e) => e.action))).toEqual(new Set(['view', 'search', 'add_to_cart', 'cart_abandon']));
  });
});
