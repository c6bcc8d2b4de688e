import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../errors';
import { DEFAULT_POLICY_PATH, loadPolicy, parsePolicy, validatePolicy } from './load-policy';

type Json = Record<string, unknown>;
const defaultFile = (): Json => JSON.parse(readFileSync(DEFAULT_POLICY_PATH, 'utf8')) as Json;
const list = (file: Json, key: string) => file[key] as Json[];
const at = (items: Json[], i: number) => items[i] as Json;

function problemsOf(mutate: (file: Json) => void): string[] {
  const file = defaultFile();
  mutate(file);
  return validatePolicy(file).map((p) => `${p.path}: ${p.message}`);
}

describe('loadPolicy', () => {
  it('loads and validates the default policy', () => {
    const policy = loadPolicy();
    expect(policy.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(policy.jurisdictions.has('DEFAULT')).toBe(true);
    expect(policy.rules.length).toBeGreaterThan(0);
    expect(validatePolicy(defaultFile())).toEqual([]);
  });

  it('reports every shape problem at once, each with its path', () => {
    const problems = problemsOf((file) => {
      file.schemaVersion = 2;
      at(list(file, 'rules'), 0).decision = 'MAYBE';
      at(list(file, 'categories'), 1).sensitive = 'no';
      delete ((file.labels as Json).sources as Json).pharmacy;
      ((file.labels as Json).identifiers as Json).passport = ['identity'];
      at(list(file, 'scopes'), 0).minLinkConfidence = 1.5;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^schemaVersion: /),
        expect.stringMatching(/^rules\[0\]\.decision: /),
        expect.stringMatching(/^categories\[1\]\.sensitive: /),
        expect.stringMatching(/^labels\.sources\.pharmacy: /),
        expect.stringMatching(/^labels\.identifiers(\.passport)?: /),
        expect.stringMatching(/^scopes\[0\]\.minLinkConfidence: /),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('reports every reference problem at once, each with its path', () => {
    const problems = problemsOf((file) => {
      const rules = list(file, 'rules');
      (at(rules, 0).match as Json).categories = ['contact', 'helth'];
      (at(rules, 1).match as Json).purposes = ['telemarketing'];
      (at(rules, 2).consents as Json[])[0] = { purpose: 'nobody', categorySpecific: false };
      at(rules, 3).id = at(rules, 4).id;
      at(rules, 5).signals = ['DNT'];
      file.jurisdictions = list(file, 'jurisdictions').filter((j) => j.id !== 'DEFAULT');
      delete ((file.labels as Json).attributes as Json).gender;
      ((file.labels as Json).edges as Json).SEEN_ON = ['devices'];
      at(list(file, 'scopes'), 2).minLinkConfidence = 0.9;
      list(file, 'rules').push({ ...(rules.find((r) => r.id === 'HIPAA-PHARMACY-FIREWALL') as Json), id: 'APPROVE-DENY', role: 'approve' });
    });
    expect(problems.sort()).toEqual(
      [
        'jurisdictions: must define DEFAULT, the fallback for every other state',
        'labels.attributes.gender: every person attribute of the graph needs a category',
        'labels.edges.SEEN_ON[0]: unknown category "devices"',
        'rules[0].match.categories[1]: unknown category "helth"',
        'rules[15].match.jurisdictions[0]: unknown jurisdiction "DEFAULT"',
        'rules[1].match.purposes[0]: unknown purpose "telemarketing"',
        'rules[2].consents[0].purpose: unknown purpose or authorization "nobody"',
        'rules[4].id: duplicate id "PERSONALIZATION-FIRST-PARTY"',
        'rules[5].signals[0]: unknown opt-out signal "DNT"',
        'rules[22].role: a DENY rule approves nothing; make it a restrict rule',
        'scopes[2].minLinkConfidence: 0.9 is below the floor of purpose pharmacy_care (1)',
      ].sort(),
    );
  });

  it('rejects a state claimed by two jurisdictions and a DEFAULT that lists states', () => {
    const problems = problemsOf((file) => {
      const jurisdictions = list(file, 'jurisdictions');
      (at(jurisdictions, 1).states as string[]).push('CA');
      (jurisdictions.find((j) => j.id === 'DEFAULT') as Json).states = ['NY'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'jurisdictions[1].states[1]: state CA already belongs to jurisdiction CA',
        'jurisdictions[7].states: DEFAULT applies to every state without a jurisdiction; it lists none',
      ]),
    );
  });

  it('throws one ConfigError listing the problems, prefixed with the file', () => {
    const file = defaultFile();
    file.version = 'one';
    expect(() => parsePolicy(file, 'my-policy.json')).toThrow(ConfigError);
    try {
      parsePolicy(file, 'my-policy.json');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(['my-policy.json: version: must be a semantic version, e.g. 1.0.0']);
    }
  });

  it('reports a file that is not JSON or cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1, ');
    expect(() => loadPolicy(broken)).toThrow(/broken\.json: not valid JSON/);
    expect(() => loadPolicy(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read the policy file \(ENOENT\)/);
  });
});
