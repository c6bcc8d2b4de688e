import { ConfigError } from '../errors';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  const valid = { NEO4J_URI: 'bolt://127.0.0.1:7688', NEO4J_PASSWORD: 'long-enough', REDIS_URL: 'redis://127.0.0.1:6380' };

  it('fills defaults for what is not set', () => {
    const config = loadConfig(valid, '/nonexistent');
    expect(config.NEO4J_USER).toBe('neo4j');
    expect(config.INGEST_BATCH_SIZE).toBe(1000);
    expect(config.API_PORT).toBe(4000);
  });

  it('reports every invalid variable at once, by name', () => {
    try {
      loadConfig({ NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'short', API_PORT: '70000' }, '/nonexistent');
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/NEO4J_URI: must be a bolt/);
      expect(problems).toMatch(/NEO4J_PASSWORD: must be at least 8/);
      expect(problems).toMatch(/REDIS_URL/);
      expect(problems).toMatch(/API_PORT/);
    }
  });
});
