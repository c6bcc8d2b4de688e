import { join, resolve } from 'node:path';

/** Where the benchmark reads and writes; everything it creates lives under .data/bench/ (git-ignored). */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVICES_SH = join(REPO_ROOT, 'scripts', 'services.sh');
export const BENCH_DATA_DIR = join(REPO_ROOT, '.data', 'bench');
export const SERVICES_ENV_FILE = join(BENCH_DATA_DIR, 'services.env');
export const IMPORT_TARGET_DIR = join(BENCH_DATA_DIR, 'import-target');
export const NEO4J_HOME = join(REPO_ROOT, 'services', 'neo4j', 'target', 'neo4j-home');
export const BENCH_CYPHER_DIR = join(__dirname, 'cypher');
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
export const TSX_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
export const WORKER_ENTRY = join(REPO_ROOT, 'src', 'worker.ts');
/** The bench profile's own Neo4j (scripts/services.sh); the only graph the benchmark will empty. */
export const BENCH_BOLT_URI = 'bolt://127.0.0.1:7690';
