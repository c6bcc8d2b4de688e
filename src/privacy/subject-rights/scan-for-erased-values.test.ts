import { ScanResult, withQueuedModelRetrain } from './scan-for-erased-values';

const scan = (hits: Omit<ScanResult['hits'][number], 'awaitingModelRetrain'>[]): ScanResult => ({
  clean: hits.length === 0, modelRetrainPending: false, termsSearched: 5, pairsSearched: 1, hits: hits.map((h) => ({ ...h, awaitingModelRetrain: false })),
});
const modelHit = { element: 'node' as const, labels: ['MatchingModel'], properties: ['model'], pairHits: 0 };
const pairOnlyModelHit = { element: 'node' as const, labels: ['MatchingModel'], properties: [], pairHits: 1 };
const recordHit = { element: 'node' as const, labels: ['SourceRecord'], properties: ['email'], pairHits: 0 };

describe('withQueuedModelRetrain', () => {
  it('marks model hits as awaiting the queued retrain; the scan stays not clean but is explained', () => {
    const result = withQueuedModelRetrain(scan([modelHit, pairOnlyModelHit]), true);
    expect(result).toMatchObject({ clean: false, modelRetrainPending: true });
    expect(result.hits.map((h) => h.awaitingModelRetrain)).toEqual([true, true]);
  });

  it('explains nothing without a queued retrain', () => {
    expect(withQueuedModelRetrain(scan([modelHit]), false)).toMatchObject({ clean: false, modelRetrainPending: false, hits: [{ awaitingModelRetrain: false }] });
  });

  it('is not pending when anything but a model still holds a value', () => {
    const result = withQueuedModelRetrain(scan([modelHit, recordHit]), true);
    expect(result.modelRetrainPending).toBe(false);
    expect(result.hits.map((h) => h.awaitingModelRetrain)).toEqual([true, false]);
  });

  it('keeps a clean scan clean and not pending', () => {
    expect(withQueuedModelRetrain(scan([]), true)).toMatchObject({ clean: true, modelRetrainPending: false, hits: [] });
  });
});
