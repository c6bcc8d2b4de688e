// Types for double-metaphone 1.x (the CommonJS line of words/double-metaphone; 2.x is ESM-only and does not
// load under ts-jest's CommonJS). The module exports one function: the primary and the alternate code.
declare module 'double-metaphone' {
  function doubleMetaphone(value: string): [string, string];
  export = doubleMetaphone;
}
