/**
 * `npm run eval:matching [-- --sets febrl1,febrl2,febrl3,fake1000,grocery,grocery-engine] [--grocery-people 2000]`:
 * trains the matching model unsupervised on each labelled set (labels are used only to measure), then prints
 * pairwise and B-cubed metrics, the model's threshold and timings. `grocery` is the generator's data with its
 * adversarial cases, resolved by the service's whole pipeline (deterministic, probabilistic, clustering);
 * `grocery-engine` is the same data through the probabilistic engine alone.
 * Data: LINKAGE_DATA_DIR, or ../shared/data/linkage beside the repo.
 */
import { evaluateDataset, EvaluationResult } from './evaluate-dataset';
import { linkageDataAvailable, linkageDataDir } from './data-dir';
import { evaluationRow, markdownTable } from './format-table';
import { evaluatePipeline, PipelineEvaluation } from './evaluate-pipeline';
import { cardHolderOverMerges, GroceryDataset, loadGrocery } from './grocery-dataset';
import type { LabelledDataset } from './labelled-dataset';
import { loadFake1000, loadFebrl } from './public-datasets';

const ALL_SETS = ['febrl1', 'febrl2', 'febrl3', 'fake1000', 'grocery', 'grocery-engine'] as const;
type SetName = (typeof ALL_SETS)[number];

function requestedSets(argv: readonly string[]): SetName[] {
  const at = argv.indexOf('--sets');
  if (at < 0) return [...ALL_SETS];
  const names = (argv[at + 1] ?? '').split(',').filter((s) => s.length > 0);
  const unknown = names.filter((n) => !(ALL_SETS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown set(s): ${unknown.join(', ')}; known: ${ALL_SETS.join(', ')}`);
  return names as SetName[];
}

function groceryPeople(argv: readonly string[]): number {
  const at = argv.indexOf('--grocery-people');
  const people = at < 0 ? 2000 : Number(argv[at + 1]);
  if (!Number.isInteger(people) || people < 1) throw new Error('--grocery-people takes a positive whole number');
  return people;
}

function load(name: SetName, dir: string, people: number): LabelledDataset {
  switch (name) {
    case 'febrl1':
      return loadFebrl(dir, 1);
    case 'febrl2':
      return loadFebrl(dir, 2);
    case 'febrl3':
      return loadFebrl(dir, 3);
    case 'fake1000':
      return loadFake1000(dir);
    case 'grocery':
    case 'grocery-engine':
      return loadGrocery(people, 11, true);
  }
}

function main(): void {
  const dir = linkageDataDir();
  const sets = requestedSets(process.argv.slice(2));
  const publicSets = sets.filter((s) => !s.startsWith('grocery'));
  if (publicSets.length > 0 && !linkageDataAvailable(dir)) {
    console.error(`linkage data not found in ${dir} (set LINKAGE_DATA_DIR): skipping ${publicSets.join(', ')}`);
  }
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const name of sets) {
    if (!name.startsWith('grocery') && !linkageDataAvailable(dir)) continue;
    const dataset = load(name, dir, groceryPeople(process.argv.slice(2)));
    const pipeline = name === 'grocery' ? evaluatePipeline(dataset as GroceryDataset) : undefined;
    const result: EvaluationResult = pipeline ?? evaluateDataset(dataset);
    rows.push(evaluationRow(result));
    const cuts = result.clustering.cutLinks.length;
    notes.push(
      `${result.name}: model ${result.model.version}, lambda ${result.model.lambda.toExponential(3)}, ` +
        `${String(cuts)} links cut by guards, ${String(result.suspiciousClusters)} suspicious clusters, clustering ${result.clusteringMs.toFixed(0)} ms` +
        ('ownCards' in dataset ? `, clusters joining two loyalty cardholders: ${String(cardHolderOverMerges(result.clustering.clusters, dataset as ReturnType<typeof loadGrocery>))}` : ''),
    );
    if (pipeline !== undefined) notes.push(...pipelineNotes(pipeline));
    process.stderr.write(`done: ${result.name}\n`);
  }
  if (rows.length === 0) {
    console.error('nothing was evaluated');
    process.exitCode = 1;
    return;
  }
  console.log(markdownTable(rows));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
}

function pipelineNotes(r: PipelineEvaluation): string[] {
  const f = (x: number): string => x.toFixed(4);
  const generic = new Map<string, number>();
  for (const g of r.genericValues) generic.set(`${g.column} (${g.reason})`, (generic.get(`${g.column} (${g.reason})`) ?? 0) + 1);
  const refused = r.resolution.refusedLinks.filter((l) => l.stage === 'deterministic').length;
  return [
    `${r.name}: generic values ${r.genericValues.length === 0 ? 'none' : [...generic].map(([k, v]) => `${k}: ${String(v)}`).join(', ')}; ` +
      `${String(r.resolution.deterministicLinks.length)} deterministic links (${String(refused)} refused by the given-name guard), ` +
      `${String(r.resolution.probabilisticLinks.length)} probabilistic links`,
    `${r.name}: B3 of deterministic components alone P ${f(r.deterministicOnly.precision)} R ${f(r.deterministicOnly.recall)} F1 ${f(r.deterministicOnly.f1)}; ` +
      `ceiling (perfect decisions on every candidate pair and deterministic link) B3 R ${f(r.ceiling.recall)} F1 ${f(r.ceiling.f1)}`,
    `${r.name}: clusters joining two loyalty cardholders: ${String(r.cardHolderOverMerges)}`,
    ...r.adversarial.map((a) => `${r.name}: adversarial, ${a.case}: ${String(a.merged)} of ${String(a.personPairs)} person pairs merged (${String(a.records)} records)`),
  ];
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
