import neo4j from 'neo4j-driver';
import { AdminImportResult, runAdminImport } from './admin-import';
import { CsvExport, exportGraphToCsv } from './export-graph-csv';

export interface CeilingResult {
  csv: Omit<CsvExport, 'nodes' | 'relationships'> & { files: { name: string; rows: number }[] };
  import: AdminImportResult;
  /** Source records of the run / import wall clock. */
  sourceRecordsPerSecond: number;
  /** (nodes + relationships) / import wall clock. */
  entitiesPerSecond: number;
  /** The same two, on the duration the import reports itself (JVM start-up excluded). */
  sourceRecordsPerSecondReported: number | null;
  entitiesPerSecondReported: number | null;
}

/**
 * The ceiling for a size: the graph the online ingest built, exported to CSV and loaded with
 * `neo4j-admin database import full` into a scratch database. Community's record-format import cannot build
 * the schema (--schema needs the block format, Enterprise), so the ceiling loads data only: the unique
 * constraints the online path maintains as it goes would be built after the import, on first start.
 */
export async function measureCeiling(services: Record<string, string>, sourceRecords: number, csvDir: string): Promise<CeilingResult> {
  const driver = neo4j.driver(services.NEO4J_URI ?? '', neo4j.auth.basic(services.NEO4J_USER ?? 'neo4j', services.NEO4J_PASSWORD ?? ''), { disableLosslessIntegers: true });
  let csv: CsvExport;
  try {
    csv = await exportGraphToCsv(driver, csvDir);
  } finally {
    await driver.close();
  }
  const result = await runAdminImport(csv);
  const entities = (result.nodes ?? csv.nodeCount) + (result.relationships ?? csv.relationshipCount);
  const { nodes, relationships, ...rest } = csv;
  return {
    csv: { ...rest, files: [...nodes, ...relationships].map((g) => ({ name: g.name, rows: g.rows })) },
    import: result,
    sourceRecordsPerSecond: sourceRecords / result.seconds,
    entitiesPerSecond: entities / result.seconds,
    sourceRecordsPerSecondReported: result.reportedSeconds ? sourceRecords / result.reportedSeconds : null,
    entitiesPerSecondReported: result.reportedSeconds ? entities / result.reportedSeconds : null,
  };
}
