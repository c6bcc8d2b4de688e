import { z } from 'zod';
import { SourceSystem } from '../model';
import { BuilderOptions, BuildResult } from './canonical-record-builder';

/** One source system's input format and its mapping to the canonical record. */
export interface SourceAdapter<Schema extends z.ZodType = z.ZodType> {
  source: SourceSystem;
  /** The format's fields; anything else in a record is an UNKNOWN_FIELD. */
  shape: Record<string, unknown>;
  /** The field that holds the source's own account id (for error messages and dead letters). */
  idField: string;
  schema: Schema;
  toCanonical(input: z.output<Schema>, options: BuilderOptions): BuildResult;
}

export function defineSourceAdapter<Shape extends z.ZodRawShape>(adapter: Omit<SourceAdapter<z.ZodObject<Shape>>, 'shape'>): SourceAdapter<z.ZodObject<Shape>> {
  return { ...adapter, shape: adapter.schema.shape };
}
