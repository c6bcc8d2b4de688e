import { z } from 'zod';
import { SourceSystem } from '../model';
import { BuilderOptions, BuildResult } from './canonical-record-builder';

/** One source system's input format and its mapping to the canonical record. */
export interface SourceAdapter<Schema extends z.ZodType = z.ZodType> {
  source: SourceSystem;
  /** The field that holds the source's own account id (for error messages and dead letters). */
  idField: string;
  schema: Schema;
  toCanonical(input: z.output<Schema>, options: BuilderOptions): BuildResult;
}

export function defineSourceAdapter<Schema extends z.ZodType>(adapter: SourceAdapter<Schema>): SourceAdapter<Schema> {
  return adapter;
}
