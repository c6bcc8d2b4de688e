import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { AppConfig } from '../config';
import { CypherName } from './cypher-statements';
import { CypherRegistry } from './cypher-registry';
import { mapDriverError } from './map-driver-error';

/** Who asked for the work; attached to every transaction so `SHOW TRANSACTIONS` and query logs tell. */
export interface TransactionMeta {
  actor: string;
  jobId?: string;
  purpose?: string;
}

export type Params = Record<string, unknown>;

/** Runs registry statements inside one managed transaction. */
export class TransactionRunner {
  roundTrips = 0;
  constructor(private readonly tx: ManagedTransaction, private readonly registry: CypherRegistry) {}

  async run<T extends RecordShape = RecordShape>(name: CypherName, params: Params = {}): Promise<T[]> {
    this.roundTrips += 1;
    const result: QueryResult<T> = await this.tx.run<T>(this.registry.get(name), params);
    return result.records.map((r) => r.toObject());
  }
}

/**
 * The one door to Neo4j: opens a session, runs a managed read or write transaction (the driver retries
 * transient failures), attaches metadata, maps driver errors, and closes the session in `finally`.
 */
export class GraphExecutor {
  /** Counts transactions; tests use it to prove a request's database round trips are bounded. */
  transactionCount = 0;

  constructor(
    readonly driver: Driver,
    readonly registry: CypherRegistry,
    private readonly database: string,
  ) {}

  static connect(config: AppConfig, registry = CypherRegistry.load()): GraphExecutor {
    const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
      // Never log query parameters: they hold PII.
      logging: { level: 'warn', logger: (level, message) => process.stderr.write(`neo4j-driver ${level}: ${message}\n`) },
    });
    return new GraphExecutor(driver, registry, config.NEO4J_DATABASE);
  }

  async read<T extends RecordShape = RecordShape>(name: CypherName, params: Params, meta: TransactionMeta): Promise<T[]> {
    return this.readTransaction((tx) => tx.run<T>(name, params), meta);
  }

  async write<T extends RecordShape = RecordShape>(name: CypherName, params: Params, meta: TransactionMeta): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(name, params), meta);
  }

  async readTransaction<T>(work: (tx: TransactionRunner) => Promise<T>, meta: TransactionMeta): Promise<T> {
    return this.transaction('READ', work, meta);
  }

  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>, meta: TransactionMeta): Promise<T> {
    return this.transaction('WRITE', work, meta);
  }

  /** Runs a statement that cannot run inside a managed transaction (schema changes, CALL IN TRANSACTIONS). */
  async runAutoCommit(text: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(text, params);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: TransactionRunner) => Promise<T>,
    meta: TransactionMeta,
  ): Promise<T> {
    this.transactionCount += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: { ...meta } };
    try {
      const fn = (tx: ManagedTransaction) => work(new TransactionRunner(tx, this.registry));
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}
