import { DecisionLogEntry } from '../decide/filtered-view';
import { summariseDecisions } from './audit-summary';

const base = { source: 'loyalty' as const, signal: 'EXPLICIT' as const, decision: 'ALLOW' as const, obligations: { mask: false, aggregateOnly: false, retentionDays: 30 } };

describe('summariseDecisions', () => {
  it('names served fields and their categories, counts repeated decisions, and keeps withheld fields out of the field list', () => {
    const decisions: DecisionLogEntry[] = [
      { ...base, path: 'records[0].attributes[0]', field: 'attribute.givenName', categories: ['contact'], allowed: true, reasons: [{ code: 'RULE_ALLOWS', message: 'x', ruleId: 'EMAIL-MARKETING' }] },
      { ...base, path: 'records[1].attributes[0]', field: 'attribute.givenName', categories: ['contact'], allowed: true, reasons: [{ code: 'RULE_ALLOWS', message: 'x', ruleId: 'EMAIL-MARKETING' }] },
      { ...base, path: 'records[0].identifiers[0]', field: 'identifier.pharmacy_patient', categories: ['identity', 'health'], allowed: false, decision: 'DENY', reasons: [{ code: 'NO_APPROVING_RULE', message: 'y', category: 'health', jurisdiction: 'WA' }] },
      { ...base, path: 'records[0].identifiers[1]', field: 'identifier.email', categories: ['contact'], allowed: true, obligations: { ...base.obligations, mask: true }, reasons: [{ code: 'RULE_ALLOWS', message: 'z', ruleId: 'PERSONALIZATION-CONTACT-MASKED' }] },
    ];
    const summary = summariseDecisions(decisions);
    expect(summary.fields).toEqual(['attribute.givenName', 'identifier.email (masked)']);
    expect(summary.categories).toEqual(['contact']);
    expect(summary.reasons).toEqual([
      'served attribute.givenName [source loyalty, EXPLICIT]: RULE_ALLOWS EMAIL-MARKETING (x2)',
      'served identifier.email [source loyalty, EXPLICIT]: RULE_ALLOWS PERSONALIZATION-CONTACT-MASKED',
      'withheld identifier.pharmacy_patient [source loyalty, EXPLICIT]: NO_APPROVING_RULE health WA',
    ]);
  });
});
