export { loadConfig } from './load-config';
export type { AppConfig } from './config-schema';
