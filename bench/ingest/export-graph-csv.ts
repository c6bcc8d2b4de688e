import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, session as sessionModes } from 'neo4j-driver';
import { NdjsonSink } from '../../seeds/ndjson-sink';
import { BENCH_CYPHER, benchCypher, BenchCypherName } from './bench-cypher';
import { columnType, formatField, ImportType, quote } from './import-csv-format';

/** The node labels and relationship types of the identity graph that the ceiling re-imports. */
export const EXPORT_LABELS = ['SourceRecord', 'Identifier', 'Device', 'Customer', 'RecordChange'];
export const EXPORT_TYPES = ['HAS_IDENTIFIER', 'SEEN_ON', 'RESOLVES_TO', 'LINKED_TO', 'MERGED_INTO', 'HAS_CHANGE'];

export interface CsvFileGroup {
  name: string;
  header: string;
  data: string;
  rows: number;
}

export interface CsvExport {
  dir: string;
  nodes: CsvFileGroup[];
  relationships: CsvFileGroup[];
  nodeCount: number;
  relationshipCount: number;
  bytes: number;
  /** Some string holds a line break: the import needs --multiline-fields=true. */
  multiline: boolean;
  seconds: number;
}

interface Column {
  key: string;
  type: ImportType;
  json: boolean;
}

/**
 * Reads the graph with the statements in bench/ingest/cypher/ (read transactions on the driver directly) and
 * writes neo4j-admin import files: a header file and a data file per label and per relationship type.
 * Ids are elementIds in one global id space.
 */
export async function exportGraphToCsv(driver: Driver, dir: string): Promise<CsvExport> {
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out: CsvExport = { dir, nodes: [], relationships: [], nodeCount: 0, relationshipCount: 0, bytes: 0, multiline: false, seconds: 0 };
  const session = driver.session({ defaultAccessMode: sessionModes.READ });
  try {
    const query = async <T>(name: BenchCypherName, params: Record<string, unknown>, onRow: (row: T) => void) => {
      const result = session.run(benchCypher(name), params);
      for await (const record of result) onRow(record.toObject() as T);
    };
    const columnsOf = async (name: BenchCypherName, params: Record<string, unknown>): Promise<Column[]> => {
      const columns: Column[] = [];
      await query<{ key: string; types: string[] }>(name, params, ({ key, types }) => columns.push({ key, ...columnType(types) }));
      return columns.sort((a, b) => a.key.localeCompare(b.key));
    };

    for (const label of EXPORT_LABELS) {
      const columns = await columnsOf(BENCH_CYPHER.nodePropertyTypes, { label });
      const group = openGroup(dir, `nodes-${label}`, [':ID', ':LABEL', ...columns.map(headerOf)]);
      await query<{ id: string; labels: string[]; properties: Record<string, unknown> }>(BENCH_CYPHER.exportNodes, { label }, (row) => {
        group.write([quote(row.id), quote(row.labels.join(';')), ...columns.map((c) => field(row.properties[c.key], c, out))]);
      });
      const closed = group.close();
      if (closed.rows > 0) out.nodes.push(closed);
      out.nodeCount += closed.rows;
      out.bytes += group.bytes();
    }
    for (const type of EXPORT_TYPES) {
      const columns = await columnsOf(BENCH_CYPHER.relationshipPropertyTypes, { type });
      const group = openGroup(dir, `relationships-${type}`, [':START_ID', ':END_ID', ':TYPE', ...columns.map(headerOf)]);
      await query<{ startId: string; endId: string; properties: Record<string, unknown> }>(BENCH_CYPHER.exportRelationships, { type }, (row) => {
        group.write([quote(row.startId), quote(row.endId), type, ...columns.map((c) => field(row.properties[c.key], c, out))]);
      });
      const closed = group.close();
      if (closed.rows > 0) out.relationships.push(closed);
      out.relationshipCount += closed.rows;
      out.bytes += group.bytes();
    }
  } finally {
    await session.close();
  }
  out.seconds = (performance.now() - t0) / 1000;
  return out;
}

function headerOf(column: Column): string {
  return `${column.key}:${column.type}`;
}

function field(value: unknown, column: Column, out: CsvExport): string {
  const text = formatField(value, column);
  if (!out.multiline && /[\r\n]/.test(text)) out.multiline = true;
  return text;
}

function openGroup(dir: string, name: string, header: string[]) {
  const headerPath = join(dir, `${name}-header.csv`);
  const dataPath = join(dir, `${name}.csv`);
  const headerSink = new NdjsonSink(headerPath);
  headerSink.writeLine(header.join(','));
  headerSink.close();
  const data = new NdjsonSink(dataPath);
  return {
    write(fields: string[]) {
      data.writeLine(fields.join(','));
    },
    close(): CsvFileGroup {
      data.close();
      return { name, header: headerPath, data: dataPath, rows: data.lines };
    },
    bytes: () => data.bytes + headerSink.bytes,
  };
}
