export { parseSourceRecord } from './parse-source-record';
export { SOURCE_ADAPTERS } from './source-registry';
export type { BuilderOptions, BuildResult } from './canonical-record-builder';
