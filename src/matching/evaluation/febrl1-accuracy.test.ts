import { linkageDataAvailable, linkageDataDir } from './data-dir';
import { evaluateDataset } from './evaluate-dataset';
import { loadFebrl } from './public-datasets';

// An accuracy floor on real labelled data: FEBRL 1 (1,000 records, 500 true pairs), trained unsupervised.
// The data is read from ../shared/data/linkage beside the repository (or LINKAGE_DATA_DIR).
const dir = linkageDataDir();
const available = linkageDataAvailable(dir);
if (!available) {
  console.warn(`SKIPPED the FEBRL 1 accuracy test: no linkage data in ${dir} (set LINKAGE_DATA_DIR)`);
}
const describeWithData = available ? describe : describe.skip;

describeWithData('matching accuracy on FEBRL 1', () => {
  it('links with precision >= 0.99 and recall >= 0.9, and clusters as well', () => {
    const result = evaluateDataset(loadFebrl(dir, 1), new Date(0));
    expect(result.records).toBe(1000);
    expect(result.truePairs).toBe(500);
    expect(result.links.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.links.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.bcubed.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.bcubed.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.model.threshold.estimatedPrecision).toBeGreaterThanOrEqual(0.995);
  }, 120_000);
});
