import * as normalise from './index';

describe('normalise index', () => {
  it('exports the public normalisers and nothing unexpected', () => {
    expect(Object.keys(normalise).sort()).toEqual(
      [
        'DEFAULT_EMAIL_RULES',
        'DEFAULT_NOT_BEFORE',
        'INVALID_NAME_CODE',
        'MAX_NAME_LENGTH',
        'invalid',
        'isJunkIdentifier',
        'junk',
        'normaliseDate',
        'normaliseEmail',
        'normaliseName',
        'normalisePhone',
        'normaliseUsAddress',
        'ok',
      ].sort(),
    );
  });
});
