/**
 * The servers the integration tests run against (see tests/support/global-setup.ts) are the ones the service is
 * built for: Neo4j 5.26 Community with APOC callable, and a Redis that BullMQ can use durably.
 */
import Redis from 'ioredis';
import neo4j, { type Driver } from 'neo4j-driver';

// Servers we provided (local test profile or containers) must match exactly; a user-given one only in what the
// service relies on.
const provided = process.env.IDGRAPH_TEST_BACKEND !== 'env';

describe('test services', () => {
  let driver: Driver;
  let redis: Redis;

  beforeAll(() => {
    expect(process.env.IDGRAPH_PROFILE).toBe('test');
    driver = neo4j.driver(
      process.env.NEO4J_URI!,
      neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!),
    );
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 3 });
  });

  afterAll(async () => {
    await driver?.close();
    redis?.disconnect();
  });

  it('connects to Neo4j 5.26 Community', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    expect(records).toHaveLength(1);
    if (provided) {
      expect(records[0]!.get('version')).toMatch(/^5\.26\./);
      expect(records[0]!.get('edition')).toBe('community');
    }
  });

  it('can call APOC', async () => {
    const { records } = await driver.executeQuery('RETURN apoc.version() AS apoc, apoc.text.join(["a", "b"], "-") AS joined');
    expect(records[0]!.get('apoc')).toMatch(/^5\./);
    expect(records[0]!.get('joined')).toBe('a-b');
  });

  it('writes and reads back in Neo4j', async () => {
    const marker = `services-int-${Date.now()}`;
    await driver.executeQuery('CREATE (:ServicesProbe {marker: $marker})', { marker });
    const { records } = await driver.executeQuery(
      'MATCH (p:ServicesProbe {marker: $marker}) WITH p, count(*) AS n DETACH DELETE p RETURN n',
      { marker },
    );
    expect(records[0]!.get('n').toNumber()).toBe(1);
  });

  it('has a Redis that never evicts (BullMQ needs it) and keeps an append-only file', async () => {
    expect(await redis.ping()).toBe('PONG');
    expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    if (provided) {
      expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    }
    const key = `services-int:${Date.now()}`;
    await redis.set(key, 'v', 'EX', 60);
    expect(await redis.get(key)).toBe('v');
    await redis.del(key);
  });
});
