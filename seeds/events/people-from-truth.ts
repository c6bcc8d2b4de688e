import { readFileSync } from 'node:fs';
import { EventPerson } from './generate-events';

/** The people of a generated record set (its truth.ndjson), with the source records each holds. */
export function peopleFromTruth(truthFile: string): EventPerson[] {
  const byPerson = new Map<string, EventPerson>();
  for (const line of readFileSync(truthFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { source: string; sourceId: string; personId: string };
    const person = byPerson.get(row.personId) ?? { personId: row.personId, records: [] };
    person.records.push({ source: row.source, sourceId: row.sourceId });
    byPerson.set(row.personId, person);
  }
  return [...byPerson.values()].sort((a, b) => a.personId.localeCompare(b.personId));
}
