import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { tokenCommand } from '../src/cli/token-command';
import { CYPHER } from '../src/graph/cypher-statements';
import { runFullMatching } from '../src/matching/jobs/full-run';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { ensureSegmentDefinitions } from '../src/segments/segment-store';
import { ingestGenerated, inspect } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The product promise: every query and mutation works through a plain HTTP client, following the README.
 * The examples are read from README.md itself (every `q "$ROLE" '<json body>'` line of its shell blocks, with
 * the `ROLE=$(bin/idgraph token ...)` lines saying who each token is), so a README change changes this test.
 */

interface TokenLine { variable: string; role: string; sub: string; purposes?: string[] }
interface Example { line: number; variable: string; body: { query: string; variables?: Record<string, unknown> }; fields: string[] }

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

/** `--role app --sub pos-terminal --purposes a b c`, as commander reads it for `idgraph token` (--purposes is variadic). */
function parseTokenArgs(variable: string, args: string): TokenLine {
  const options: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const word of args.trim().split(/\s+/)) {
    if (word.startsWith('--')) options[word.slice(2)] = current = [];
    else if (current) current.push(word);
    else throw new Error(`README token line ${variable}: stray word "${word}"`);
  }
  const one = (name: string) => {
    if (options[name]?.length !== 1) throw new Error(`README token line ${variable}: --${name} needs exactly one value`);
    return options[name][0]!;
  };
  return { variable, role: one('role'), sub: one('sub'), ...(options.purposes ? { purposes: options.purposes } : {}) };
}

/** The top-level fields an operation asks for (by response key). */
function topLevelFields(query: string): string[] {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((f) => (f.alias ?? f.name).value);
}

/** Every token line and every example call of the README's shell blocks, in README order. */
function readmeExamples(): { tokens: Map<string, TokenLine>; examples: Example[] } {
  const tokens = new Map<string, TokenLine>();
  const examples: Example[] = [];
  const lines = README.split('\n');
  let inShell = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      inShell = !inShell && line.trim() === '```sh';
      continue;
    }
    if (!inShell) continue;
    const token = /^([A-Z]+)=\$\(bin\/idgraph token (.+)\)\s*$/.exec(line);
    if (token) tokens.set(token[1]!, parseTokenArgs(token[1]!, token[2]!));
    const call = /^q "\$([A-Z]+)" '(.*)$/.exec(line);
    if (!call) continue;
    // The body runs to the closing single quote, possibly over several lines (the events example).
    let text = call[2]!;
    const start = i;
    while (!text.includes("'")) {
      i += 1;
      if (i >= lines.length) throw new Error(`README line ${start + 1}: the example's body never closes`);
      text += `\n${lines[i]!}`;
    }
    const body = JSON.parse(text.slice(0, text.indexOf("'"))) as Example['body'];
    examples.push({ line: start + 1, variable: call[1]!, body, fields: topLevelFields(body.query) });
  }
  return { tokens, examples };
}

/** Replaces every placeholder in every string of a JSON value. */
function substitute(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, replace));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, replace)]));
  return value;
}

describe('README examples, sent as written over plain HTTP', () => {
  let t: TestApp;
  let api: ApiServer;

  /** The real values behind the README's placeholders; some come from the answers of earlier examples. */
  const state: Record<string, string> = {};
  const need = (key: string) => {
    if (!state[key]) throw new Error(`no ${key} yet: an earlier README example should have produced it`);
    return state[key];
  };

  /**
   * Placeholder -> how its real value is found. ME (cus_...) is a customer with a phone, an email, a name and an
   * address no other customer holds, proposed into a household with OTHER (cus_other); the steward pair is the
   * two records of a customer with exactly two (a pos and a web record when there is one).
   */
  const PLACEHOLDERS: [placeholder: string, value: (example: Example | undefined) => string][] = [
    // cus_... is ME everywhere except the steward's split, where it is the customer forceLink just made.
    ['cus_...', (e) => (e?.fields.includes('splitCustomer') ? need('linkedCustomer') : need('me'))],
    ['cus_other', () => need('other')],
    ['hh_...', () => need('householdId')], // from the `me { households }` example's answer
    ['rel_...', () => need('relationshipId')], // from the proposeRelationship example's answer
    ['pos:P-1', () => need('pairFrom')],
    ['web:W-9', () => need('pairTo')],
    ['(312) 555-0143', () => need('phone')], // ME's phone, written "(AAA) EEE-NNNN" as the README does
    ['Ann@Example.net', () => need('email')], // ME's email, in mixed letter case as the README does
    ['Margret Olsen', () => need('name')], // ME's given and family name
    ['10 Madison Ave New York', () => need('address')], // ME's street line and city
    ['LM-1', () => need('loyaltyId')], // the loyalty account the event names: one of ME's, else any
  ];
  const fill = (text: string, example?: Example) => PLACEHOLDERS.reduce((out, [placeholder, value]) => (out.includes(placeholder) ? out.split(placeholder).join(value(example)) : out), text);

  /** What later examples take from an example's answer. */
  const CAPTURES: Record<string, (data: Record<string, any>) => void> = {
    me: (d) => { state.householdId = d.me.households.find((h: { status: string }) => h.status === 'PROPOSED')?.householdId; },
    proposeRelationship: (d) => { state.relationshipId = d.proposeRelationship.id; },
    forceLink: (d) => { state.linkedCustomer = d.forceLink.customerOf[0].customerId; },
  };

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    await ingestGenerated(t.app.graph, 80, 5150);
    await trainFromGraph(t.app.matcher, GROCERY_SETTINGS, { jobId: 'train' });
    await runFullMatching(t.app.matcher, { runId: 'readme-run' });
    // What the events worker writes when `npm start` starts it: the segment definitions the examples ask about.
    await ensureSegmentDefinitions(t.app.graph, t.app.segmentDefinitions);
    api = await startApiServer(t.app);

    const unique = (type: string) => `(i:Identifier {type: '${type}'}) WHERE NOT coalesce(i.generic, false)
      AND COUNT { (i)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(:Customer {status: 'ACTIVE'}) } = 1`;
    const [me] = await inspect<{ id: string; phone: string; email: string; given: string; family: string; line1: string; city: string; loyalty: string | null }>(t.app.graph,
      `MATCH (c:Customer {status: 'ACTIVE'})<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->${unique('phone')}
       WITH c, min(i.value) AS phone WHERE phone STARTS WITH '+1'
       MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->${unique('email')}
       WITH c, phone, min(i.value) AS email
       MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(a:Identifier {type: 'postal_address'}) WHERE a.line1 IS NOT NULL AND a.city IS NOT NULL
       WITH c, phone, email, collect(a)[0] AS a
       MATCH (c)<-[:RESOLVES_TO]-(n:SourceRecord) WHERE n.givenName IS NOT NULL AND n.familyName IS NOT NULL
       WITH c, phone, email, a, collect(n)[0] AS n
       OPTIONAL MATCH (c)<-[:RESOLVES_TO]-(l:SourceRecord {source: 'loyalty'})
       WITH c, phone, email, a, n, min(l.sourceId) AS loyalty
       RETURN c.customerId AS id, phone, email, n.givenName AS given, n.familyName AS family, a.line1 AS line1, a.city AS city, loyalty
       ORDER BY loyalty IS NULL, id LIMIT 1`);
    expect(me).toBeDefined();
    const [other] = await inspect<{ id: string }>(t.app.graph, "MATCH (c:Customer {status: 'ACTIVE'}) WHERE c.customerId <> $me RETURN c.customerId AS id ORDER BY id LIMIT 1", { me: me!.id });
    const [pair] = await inspect<{ from: string; to: string }>(t.app.graph,
      `MATCH (x:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})<-[:RESOLVES_TO]-(y:SourceRecord)
       WHERE x.recordKey <> y.recordKey AND NOT c.customerId IN [$me, $other] AND COUNT { (c)<-[:RESOLVES_TO]-() } = 2
       RETURN x.recordKey AS from, y.recordKey AS to ORDER BY x.source = 'pos' AND y.source = 'web' DESC, x.recordKey < y.recordKey DESC, from LIMIT 1`,
      { me: me!.id, other: other!.id });
    const [anyLoyalty] = await inspect<{ id: string }>(t.app.graph, "MATCH (l:SourceRecord {source: 'loyalty'}) RETURN l.sourceId AS id ORDER BY id LIMIT 1");
    expect(other && pair).toBeTruthy();
    const phone = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(me!.phone);
    expect(phone).not.toBeNull();
    Object.assign(state, {
      me: me!.id,
      other: other!.id,
      pairFrom: pair!.from,
      pairTo: pair!.to,
      phone: `(${phone![1]!}) ${phone![2]!}-${phone![3]!}`,
      email: me!.email.replace(/^./, (c) => c.toUpperCase()).replace(/@(.)/, (_, c: string) => `@${c.toUpperCase()}`),
      name: `${me!.given} ${me!.family}`,
      address: `${me!.line1} ${me!.city}`,
      loyaltyId: me!.loyalty ?? anyLoyalty!.id,
    });
    // `bin/idgraph households detect` proposes households; here ME and OTHER are proposed into one directly.
    await t.app.graph.write(CYPHER.proposeHouseholdMemberships, {
      proposals: [me!.id, other!.id].map((customerId) => ({ customerId, householdId: 'hh_readme_1', confidence: 0.8, evidenceSignals: ['shared_address'], evidenceKeys: [] })),
      now: new Date().toISOString(), jobId: 'readme',
    }, { actor: 'test' });
  });

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  it('every `q "$ROLE"` example of the README answers without errors, in README order, with the token its line names', async () => {
    const { tokens, examples } = readmeExamples();
    const qLines = README.split('\n').filter((line) => /^q "\$/.test(line)).length;
    expect(examples.length).toBe(qLines);
    expect(examples.length).toBeGreaterThan(0);

    const bearer = new Map<string, string>();
    const tokenOf = async (variable: string) => {
      const line = tokens.get(variable);
      if (!line) throw new Error(`README: no token line defines $${variable}`);
      if (!bearer.has(variable)) {
        // The code `bin/idgraph token` runs, with the role, subject and purposes of the README's line.
        bearer.set(variable, await tokenCommand(t.app.config, { role: line.role, sub: fill(line.sub), ...(line.purposes ? { purposes: line.purposes } : {}), ttl: '10m' }));
      }
      return bearer.get(variable)!;
    };

    // README order, except that an erasure runs last: it deletes ME, whom the events block further down still reads.
    const ordered = [...examples.filter((e) => !e.fields.includes('eraseCustomer')), ...examples.filter((e) => e.fields.includes('eraseCustomer'))];
    const failures: string[] = [];
    let answered = 0;
    for (const example of ordered) {
      const where = `README line ${String(example.line)} (${example.variable}: ${example.fields.join(', ')})`;
      try {
        const body = substitute(example.body, (text) => fill(text, example)) as Example['body'];
        const left = /cus_\.\.\.|hh_\.\.\.|rel_\.\.\./.exec(JSON.stringify(body));
        if (left) throw new Error(`placeholder ${left[0]} left unsubstituted`);
        // What `q` does: curl -H 'content-type: application/json' -H "authorization: Bearer $1" -d "$2".
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(example.variable)}` },
          body: JSON.stringify(body),
        });
        const result = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
        const problems = [
          ...(response.status === 200 ? [] : [`HTTP ${String(response.status)}`]),
          ...(result.errors ?? []).map((e) => `${String(e.extensions?.code)}: ${e.message}`),
          ...example.fields.filter((f) => result.data?.[f] == null).map((f) => `data.${f} is null`),
        ];
        if (problems.length > 0) throw new Error(problems.join('; '));
        answered += 1;
        for (const field of example.fields) CAPTURES[field]?.(result.data!);
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message}`);
      }
    }
    console.log(`README examples: ${String(examples.length)} run, ${String(answered)} answered without errors`);
    expect(failures).toEqual([]);
    expect(answered).toBe(qLines);
  });
});
