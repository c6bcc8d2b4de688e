import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY_PATH } from './load-policy';
import { PolicyFile } from './policy-schema';

// docs/privacy-policy.md documents every entry of the default policy; this keeps them in step.
describe('docs/privacy-policy.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'privacy-policy.md'), 'utf8');
  const file = JSON.parse(readFileSync(DEFAULT_POLICY_PATH, 'utf8')) as PolicyFile;

  it.each([
    ['category', file.categories],
    ['purpose', file.purposes],
    ['authorization', file.authorizations],
    ['opt-out signal', file.optOutSignals],
    ['jurisdiction', file.jurisdictions],
    ['scope', file.scopes],
  ])('names every %s in code font', (_, entries) => {
    const missing = entries.map((e) => e.id).filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('has a section for every rule, with the law it comes from', () => {
    for (const rule of file.rules) {
      const section = doc.split(`### ${rule.id}\n`)[1]?.split('\n### ')[0] ?? '';
      expect({ rule: rule.id, hasSection: section !== '' }).toEqual({ rule: rule.id, hasSection: true });
      for (const law of rule.law) expect(section).toContain(law);
    }
  });

  it('says the policy is not legal advice', () => {
    expect(doc).toMatch(/not legal\s+advice/);
  });
});
