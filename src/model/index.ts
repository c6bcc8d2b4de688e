export * from './signal-class';
export * from './source-system';
export * from './identifier-type';
export * from './device-type';
export * from './canonical-record';
