/**
 * The load generator of bench:api, run as its own process so it does not share the API's event loop:
 * autocannon, `connections` concurrent connections. Query `customer`: customer(id) for a random customer; query
 * `viewer`: who the token says the caller is, which reads no database (the HTTP, token, rate-limit and GraphQL
 * cost alone, measured beside customer(id) so the database's share shows).
 * Prints one JSON line: requests, errors, non-2xx, throughput, and latency percentiles from every response.
 * argv: url token customers connections seconds [customer|viewer]
 */
import autocannon from 'autocannon';

const [url, token, customers, connections, seconds, kind = 'customer'] = process.argv.slice(2) as [string, string, string, string, string, string?];
const QUERIES: Record<string, string> = {
  customer: 'query ($id: ID!) { customer(id: $id) { id status records { key source attributes { name value } identifiers { type value } } } }',
  viewer: '{ viewer { subject role } }',
};
const QUERY = QUERIES[kind];
if (QUERY === undefined) throw new Error(`query kind: "${kind}" is not one of ${Object.keys(QUERIES).join(', ')}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const latencies: number[] = [];
const instance = autocannon({
  url,
  method: 'POST',
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: QUERY, variables: { id: `cus_bench_${Math.floor(Math.random() * Number(customers))}` } }) }) }],
}, (error, result) => {
  if (error) throw error;
  latencies.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({
    requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? null, samples: latencies.length },
  })}\n`);
});
instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
