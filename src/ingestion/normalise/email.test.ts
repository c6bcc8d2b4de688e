import { ErrorCode } from '../../errors';
import { normaliseEmail } from './email';
import { DEFAULT_EMAIL_RULES, type EmailRules } from './email-rules';

describe('normaliseEmail', () => {
  describe('ok: trimmed, lower-cased, provider rules applied', () => {
    it.each([
      ['jane.doe@company.com', 'jane.doe@company.com'],
      ['  Jane.Doe@Company.COM  ', 'jane.doe@company.com'],
      ['jane.doe+news@company.com', 'jane.doe+news@company.com'],
      ['Jane.Doe@gmail.com', 'janedoe@gmail.com'],
      ['j.a.n.e.d.o.e@gmail.com', 'janedoe@gmail.com'],
      ['janedoe+coupons@gmail.com', 'janedoe@gmail.com'],
      ['Jane.Doe+coupons+more@GMAIL.com', 'janedoe@gmail.com'],
      ['jane.doe@googlemail.com', 'janedoe@gmail.com'],
      ['Jane.Doe+x@GoogleMail.com', 'janedoe@gmail.com'],
      ['jane.doe+shop@outlook.com', 'jane.doe@outlook.com'],
      ['jane.doe+shop@hotmail.com', 'jane.doe@hotmail.com'],
      ['jane.doe+shop@live.com', 'jane.doe@live.com'],
      ['janedoe-groceries@yahoo.com', 'janedoe@yahoo.com'],
      ['jane.doe@yahoo.com', 'jane.doe@yahoo.com'],
      ['jane-doe@aol.com', 'jane-doe@aol.com'],
      ["o'brien@aol.com", "o'brien@aol.com"],
      ['maria@sub.domain.co.uk', 'maria@sub.domain.co.uk'],
      ['j@gmail.com', 'j@gmail.com'],
      ['jo@x.org', 'jo@x.org'],
    ])('%j -> %s', (raw, expected) => {
      expect(normaliseEmail(raw)).toEqual({ kind: 'ok', value: expected });
    });

    it('gives one value for every spelling of one Gmail mailbox', () => {
      const variants = ['JaneDoe@gmail.com', 'jane.doe@gmail.com', 'Jane.Doe+coupons@googlemail.com', ' j.anedoe+1@GMAIL.COM '];
      const values = new Set(variants.map((v) => JSON.stringify(normaliseEmail(v))));
      expect(values.size).toBe(1);
    });
  });

  describe('configurable provider rules', () => {
    const rules: EmailRules = {
      ...DEFAULT_EMAIL_RULES,
      'fastmail.com': { tagSeparators: ['+'] },
      'corp.example.co': { canonicalDomain: 'corp.co', removeDots: true },
    };

    it.each([
      ['jane+x@fastmail.com', 'jane@fastmail.com'],
      ['j.ane@corp.example.co', 'jane@corp.co'],
      ['jane.doe+x@gmail.com', 'janedoe@gmail.com'],
    ])('%j -> %s with an extended table', (raw, expected) => {
      expect(normaliseEmail(raw, rules)).toEqual({ kind: 'ok', value: expected });
    });

    it('applies no provider rules with an empty table', () => {
      expect(normaliseEmail('Jane.Doe+x@GoogleMail.com', {})).toEqual({ kind: 'ok', value: 'jane.doe+x@googlemail.com' });
    });
  });

  describe('junk: placeholders', () => {
    it.each([
      ['', 'empty'],
      ['   ', 'empty'],
      ['none', 'placeholder word'],
      ['N/A', 'placeholder word'],
      ['noemail', 'placeholder word'],
      ['refused', 'placeholder word'],
      ['test@test.com', 'placeholder word'],
      ['test@example.com', 'reserved'],
      ['jane@example.com', 'reserved'],
      ['jane@example.org', 'reserved'],
      ['jane@example.net', 'reserved'],
      ['jane@mail.example.com', 'reserved'],
      ['jane@shop.test', 'reserved'],
      ['jane@shop.invalid', 'reserved'],
      ['noemail@gmail.com', 'placeholder word'],
      ['no.email@yahoo.com', 'placeholder word'],
      ['nomail@aol.com', 'placeholder word'],
      ['none@none.com', 'placeholder word'],
      ['no@no.com', 'placeholder word'],
      ['na@gmail.com', 'placeholder word'],
      ['n.a@gmail.com', 'placeholder word'],
      ['unknown@store.com', 'placeholder word'],
      ['donotreply@store.com', 'placeholder word'],
      ['do-not-reply@store.com', 'placeholder word'],
      ['noreply@store.com', 'placeholder word'],
      ['no_reply@store.com', 'placeholder word'],
      ['no.reply@gmail.com', 'placeholder word'],
      ['refused@store.com', 'placeholder word'],
      ['declined@store.com', 'placeholder word'],
      ['asdf@gmail.com', 'placeholder word'],
      ['test@gmail.com', 'placeholder word'],
      ['test+1@gmail.com', 'placeholder word'],
      ['TEST@Yahoo.com', 'placeholder word'],
      ['xxx@gmail.com', 'one character repeated'],
      ['aaaa@aol.com', 'one character repeated'],
      ['a@a.com', 'one-character local part and domain'],
      ['x@y.net', 'one-character local part and domain'],
    ])('%j is junk (%s)', (raw, reason) => {
      const result = normaliseEmail(raw);
      expect(result.kind).toBe('junk');
      if (result.kind === 'junk') expect(result.reason).toContain(reason);
    });
  });

  describe('invalid', () => {
    it.each([
      ['janedoe.gmail.com', ErrorCode.INVALID_EMAIL, 'has no @'],
      ['jane@@gmail.com', ErrorCode.INVALID_EMAIL, 'has 2 @ signs'],
      ['jane@doe@gmail.com', ErrorCode.INVALID_EMAIL, 'has 2 @ signs'],
      ['jane doe@gmail.com', ErrorCode.INVALID_EMAIL, 'contains whitespace'],
      ['jane@gmail .com', ErrorCode.INVALID_EMAIL, 'contains whitespace'],
      ['@gmail.com', ErrorCode.INVALID_EMAIL, 'nothing before the @'],
      ['jane@localhost', ErrorCode.INVALID_EMAIL, 'domain has no dot'],
      ['jane@gmail', ErrorCode.INVALID_EMAIL, 'domain has no dot'],
      ['jane@', ErrorCode.INVALID_EMAIL, 'domain has no dot'],
      ['jane..doe@gmail.com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['.jane@gmail.com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['jane@gmail..com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['jane@-gmail.com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['jane@gmail.c', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['jane@gmail.com.', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['jane@192.168.0.1', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['"jane"@gmail.com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['josé@gmail.com', ErrorCode.INVALID_EMAIL, 'not valid syntax'],
      ['+coupons@gmail.com', ErrorCode.INVALID_EMAIL, 'empty once the sub-address tag is removed'],
      [`${'a'.repeat(65)}@gmail.com`, ErrorCode.VALUE_TOO_LONG, 'local part is 65 characters long; the limit is 64'],
      [`jane@${'a'.repeat(250)}.com`, ErrorCode.VALUE_TOO_LONG, 'the limit is 254'],
    ])('%j: %s %s', (raw, code, message) => {
      expect(normaliseEmail(raw)).toEqual({ kind: 'invalid', code, message: expect.stringContaining(message) });
    });

    it.each(['jane doe@gmail.com', 'jane@@gmail.com', 'jane..doe@gmail.com', 'janedoe.gmail.com', 'jane@localhost'])(
      'never echoes the address in the message: %j',
      (raw) => {
        const result = normaliseEmail(raw);
        if (result.kind !== 'invalid') throw new Error('expected invalid');
        expect(result.message.toLowerCase()).not.toMatch(/jane|gmail|localhost/);
      },
    );
  });
});
