import { DatasetItem, DatasetSummary, generateDataset, GenerateOptions } from './dataset';

function collect(options: GenerateOptions): { items: DatasetItem[]; summary: DatasetSummary } {
  const items: DatasetItem[] = [];
  const it = generateDataset(options);
  for (let next = it.next(); ; next = it.next()) {
    if (next.done === true) return { items, summary: next.value };
    items.push(next.value);
  }
}

describe('adversarial cases', () => {
  const everyday = collect({ people: 400, seed: 5 });
  const hard = collect({ people: 400, seed: 5, adversarial: true });

  it('are off unless asked for', () => {
    expect(collect({ people: 400, seed: 5, adversarial: false }).items).toEqual(everyday.items);
    expect(everyday.items.some((i) => i.noise.some((t) => t.startsWith('kiosk:busy') || t === 'junk:valid-phone' || t === 'store:busy-phone'))).toBe(false);
  });

  it('put one kiosk and one store phone on many unrelated records', () => {
    const holders = (tag: string) => hard.items.filter((i) => i.noise.includes(tag));
    for (const tag of ['kiosk:busy', 'store:busy-phone']) {
      const records = holders(tag);
      expect(records.length).toBeGreaterThan(20);
      expect(new Set(records.map((i) => i.personId)).size).toBeGreaterThan(20);
    }
    const kiosks = new Set(holders('kiosk:busy').map((i) => JSON.stringify((i.record as { kioskIds?: string[] }).kioskIds)));
    expect(kiosks.size).toBe(1);
    const junk = holders('junk:valid-phone').map((i) => (i.record as { phone?: string }).phone ?? '');
    expect(junk.every((p) => p.replace(/\D/g, '').endsWith('8675309'))).toBe(true);
  });

  it('add twins who share a birth date and a home', () => {
    const twins = hard.summary.adversarial.cases.filter((c) => c.kind === 'twins');
    expect(twins.length).toBeGreaterThan(everyday.summary.adversarial.cases.filter((c) => c.kind === 'twins').length);
    for (const { householdIds } of twins) expect(householdIds).toHaveLength(1);
  });
});
