/** The privacy policy engine: a validated policy file, consent records, and field-by-field decisions. Pure: no I/O but loading the file. */
export * from './policy';
export * from './consent';
export * from './decide';
