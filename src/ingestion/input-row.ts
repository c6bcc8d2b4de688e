import { SourceSystem } from '../model';

/** One item read from an input: a parsed record (with the source it is for), or a line that did not parse. */
export type InputRow =
  | { kind: 'record'; line: number; source: SourceSystem | string; raw: unknown }
  | { kind: 'unreadable'; line: number; text: string; problem: string };
