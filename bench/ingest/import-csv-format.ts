/**
 * neo4j-admin import CSV: header types from Cypher valueType() strings, and field formatting.
 * Fields are comma-separated, strings always quoted (quotes doubled, RFC 4180), array elements joined by
 * ARRAY_DELIMITER (passed to the import as --array-delimiter).
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_FLAG = 'U+001F';

export type ImportType = 'string' | 'long' | 'double' | 'boolean' | 'datetime' | 'localdatetime' | 'date' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

const SCALAR: Record<string, ImportType> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  DATE: 'date',
};

function importTypeOf(valueType: string): ImportType | 'emptyList' | null {
  const bare = valueType.replace(/ NOT NULL/g, '');
  if (bare === 'LIST<NOTHING>') return 'emptyList';
  const list = /^LIST<(.+)>$/.exec(bare);
  if (list) {
    const element = SCALAR[list[1] ?? ''];
    return element && ['string', 'long', 'double', 'boolean'].includes(element) ? (`${element}[]` as ImportType) : null;
  }
  return SCALAR[bare] ?? null;
}

/** One import type for a key; a key whose values disagree (or a type the import lacks) is written as JSON text. */
export function columnType(valueTypes: string[]): { type: ImportType; json: boolean } {
  const types = new Set(valueTypes.map(importTypeOf));
  const hasList = [...types].some((t) => t !== null && t !== 'emptyList' && t.endsWith('[]'));
  if (types.has('emptyList')) {
    types.delete('emptyList');
    if (!hasList) types.add('string[]');
  }
  if (types.size === 1) {
    const [only] = types;
    if (only && only !== 'emptyList') return { type: only, json: false };
  }
  return { type: 'string', json: true };
}

export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function scalarText(value: unknown, type: ImportType): string {
  if (value === null || value === undefined) return '';
  if (type === 'string' || type === 'string[]') return String(value);
  if (type === 'boolean' || type === 'boolean[]') return value ? 'true' : 'false';
  return String(value); // numbers, and the driver's temporal types print ISO 8601
}

export function formatField(value: unknown, column: { type: ImportType; json: boolean }): string {
  if (value === null || value === undefined) return '';
  if (column.json) return quote(JSON.stringify(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    return quote(value.map((v) => scalarText(v, column.type)).join(ARRAY_DELIMITER));
  }
  const text = scalarText(value, column.type);
  return column.type === 'long' || column.type === 'double' || column.type === 'boolean' ? text : quote(text);
}
