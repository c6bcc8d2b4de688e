import { ErrorCode } from '../../errors';
import { cleanAddressText, normaliseUsAddress, type RawUsAddress } from './address';

const base = { city: 'Chicago', state: 'IL', zip: '60614' };

function value(raw: RawUsAddress) {
  const result = normaliseUsAddress(raw);
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

describe('cleanAddressText', () => {
  it.each([
    ['123 n. main st.', '123 N MAIN ST'],
    ["O'Hare Dr", 'OHARE DR'],
    ['123 Main St, Apt #4', '123 MAIN ST APT # 4'],
    ['123 1/2 Main St', '123 1/2 MAIN ST'],
    ['C/O Jane', 'C O JANE'],
    ['72-15 Main St', '72-15 MAIN ST'],
    ['123 Main St - Rear', '123 MAIN ST REAR'],
    ['Calle Niño 5', 'CALLE NINO 5'],
    ['  123\tMain   St  ', '123 MAIN ST'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanAddressText(raw)).toBe(expected);
  });
});

describe('normaliseUsAddress', () => {
  describe('key equality across formatting variants', () => {
    const groups: Array<[string, RawUsAddress[]]> = [
      [
        '123 N MAIN ST|4|CHICAGO|IL|60614',
        [
          { line1: '123 North Main Street, Apt 4', city: 'Chicago', state: 'Illinois', zip: '60614' },
          { line1: '123 N MAIN ST #4', city: 'CHICAGO', state: 'IL', zip: '60614-1234' },
          { line1: '123 n. main st. apt. 4', city: 'chicago', state: 'il', zip: '606141234' },
          { line1: '123 N Main St', line2: 'Apartment 4', ...base },
          { line1: '123 N Main St', line2: 'Apt #4', ...base },
          { line1: '123 N Main St', line2: '#4', ...base },
          { line1: '123 N Main St', line2: '4', ...base },
          { line1: '123 N Main St Unit 4', ...base },
          { line1: '123 N. Main Str., #4', city: ' Chicago ', state: ' Il ', zip: ' 60614 ' },
          { line1: '123 North Main Street Apt 4', line2: 'Apt 4', ...base },
        ],
      ],
      [
        '500 W MADISON ST|200|CHICAGO|IL|60661',
        [
          { line1: '500 West Madison Street Suite 200', city: 'Chicago', state: 'IL', zip: '60661' },
          { line1: '500 W Madison St Ste 200', city: 'Chicago', state: 'IL', zip: '60661' },
          { line1: '500 W. Madison St.', line2: 'Suite 200', city: 'Chicago', state: 'Illinois', zip: '60661-2511' },
          { line1: '500 w madison st', line2: 'STE. 200', city: 'CHICAGO', state: 'il', zip: '60661' },
        ],
      ],
      [
        '1600 PENNSYLVANIA AVE NW||WASHINGTON|DC|20500',
        [
          { line1: '1600 Pennsylvania Avenue Northwest', city: 'Washington', state: 'District of Columbia', zip: '20500' },
          { line1: '1600 Pennsylvania Ave NW', city: 'Washington', state: 'DC', zip: '20500-0003' },
          { line1: '1600 Pennsylvania Ave. N.W.', city: 'Washington', state: 'D.C.', zip: '20500' },
          { line1: '1600 PENNSYLVANIA AVENUE NORTH WEST', city: 'WASHINGTON', state: 'Washington DC', zip: '205000003' },
        ],
      ],
      [
        '42 SW OAK BLVD E|B|PORTLAND|OR|97204',
        [
          { line1: '42 Southwest Oak Boulevard East, Apt B', city: 'Portland', state: 'Oregon', zip: '97204' },
          { line1: '42 SW Oak Blvd E #B', city: 'Portland', state: 'OR', zip: '97204' },
          { line1: '42 S.W. Oak Boul. E.', line2: 'B', city: 'portland', state: 'or', zip: '97204' },
        ],
      ],
      [
        'PO BOX 12||SPRINGFIELD|IL|62701',
        [
          { line1: 'P.O. Box 12', city: 'Springfield', state: 'IL', zip: '62701' },
          { line1: 'PO BOX 12', city: 'Springfield', state: 'IL', zip: '62701' },
          { line1: 'Post Office Box 12', city: 'Springfield', state: 'Illinois', zip: '62701' },
          { line1: 'p o box 12', city: 'springfield', state: 'il', zip: '62701-0012' },
          { line1: 'POB 12', city: 'Springfield', state: 'IL', zip: '62701' },
        ],
      ],
      [
        '77 JOSE MARTI CT|3 12|SAN JUAN|PR|00901',
        [
          { line1: '77 José Martí Court', line2: 'Building 3, Apt 12', city: 'San Juan', state: 'Puerto Rico', zip: '00901' },
          { line1: '77 Jose Marti Ct Bldg 3 Apt 12', city: 'SAN JUAN', state: 'PR', zip: '00901' },
        ],
      ],
    ];

    describe.each(groups)('%s', (key, variants) => {
      it.each(variants.map((v) => [JSON.stringify(v), v] as const))('%s', (_label, raw) => {
        expect(value(raw).key).toBe(key);
      });
    });

    it('does not equate different units or different streets', () => {
      const keys = new Set(
        [
          { line1: '123 N Main St Apt 4', ...base },
          { line1: '123 N Main St Apt 5', ...base },
          { line1: '123 N Main St', ...base },
          { line1: '123 S Main St Apt 4', ...base },
          { line1: '123 N Main Ave Apt 4', ...base },
          { line1: '125 N Main St Apt 4', ...base },
          { line1: '123 N Main St Apt 4', ...base, zip: '60615' },
        ].map((a) => value(a).key),
      );
      expect(keys.size).toBe(7);
    });
  });

  describe('street suffixes (Pub 28 C1), applied to the last street word', () => {
    it.each([
      ['Street', 'ST'],
      ['Str', 'ST'],
      ['Avenue', 'AVE'],
      ['Av', 'AVE'],
      ['Boulevard', 'BLVD'],
      ['Road', 'RD'],
      ['Drive', 'DR'],
      ['Lane', 'LN'],
      ['Court', 'CT'],
      ['Place', 'PL'],
      ['Terrace', 'TER'],
      ['Circle', 'CIR'],
      ['Parkway', 'PKWY'],
      ['Highway', 'HWY'],
      ['Square', 'SQ'],
      ['Trail', 'TRL'],
      ['Way', 'WAY'],
      ['Alley', 'ALY'],
      ['Center', 'CTR'],
      ['Crossing', 'XING'],
      ['Expressway', 'EXPY'],
      ['Freeway', 'FWY'],
      ['Heights', 'HTS'],
      ['Plaza', 'PLZ'],
      ['Point', 'PT'],
      ['Ridge', 'RDG'],
      ['Turnpike', 'TPKE'],
      ['Valley', 'VLY'],
      ['Village', 'VLG'],
      ['Loop', 'LOOP'],
      ['Crescent', 'CRES'],
      ['Cove', 'CV'],
      ['Landing', 'LNDG'],
      ['Meadows', 'MDWS'],
      ['Springs', 'SPGS'],
    ])('Oak %s -> OAK %s', (suffix, abbreviation) => {
      expect(value({ line1: `10 Oak ${suffix}`, ...base }).line1).toBe(`10 OAK ${abbreviation}`);
    });

    it.each([
      ['10 Avenue B', '10 AVENUE B'],
      ['10 Park Avenue', '10 PARK AVE'],
      ['10 Court Street', '10 COURT ST'],
      ['10 Broadway', '10 BROADWAY'],
      ['12 Key West Drive', '12 KEY WEST DR'],
      ['5 Old Lot Road', '5 OLD LOT RD'],
      ['10 Front Street', '10 FRONT ST'],
    ])('%j -> %j (only the last street word; designator words in street names stay)', (line1, expected) => {
      expect(value({ line1, ...base }).line1).toBe(expected);
      expect(value({ line1, ...base }).line2).toBeUndefined();
    });
  });

  describe('directionals', () => {
    it.each([
      ['10 North Oak St', '10 N OAK ST'],
      ['10 South Oak St', '10 S OAK ST'],
      ['10 East Oak St', '10 E OAK ST'],
      ['10 West Oak St', '10 W OAK ST'],
      ['10 Northeast Oak St', '10 NE OAK ST'],
      ['10 Northwest Oak St', '10 NW OAK ST'],
      ['10 Southeast Oak St', '10 SE OAK ST'],
      ['10 Southwest Oak St', '10 SW OAK ST'],
      ['10 South West Oak St', '10 SW OAK ST'],
      ['10 Oak St South', '10 OAK ST S'],
      ['10 Oak St Southwest', '10 OAK ST SW'],
      ['10 Oak St South West', '10 OAK ST SW'],
      ['10 North Avenue', '10 N AVE'],
      ['10 North', '10 NORTH'],
    ])('%j -> %j', (line1, expected) => {
      expect(value({ line1, ...base }).line1).toBe(expected);
    });
  });

  describe('secondary units (Pub 28 C2)', () => {
    it.each([
      [{ line1: '10 Oak St Apartment 4' }, 'APT 4', '4'],
      [{ line1: '10 Oak St Apt 4B' }, 'APT 4B', '4B'],
      [{ line1: '10 Oak St Apt 4-B' }, 'APT 4B', '4B'],
      [{ line1: '10 Oak St # 4' }, 'APT 4', '4'],
      [{ line1: '10 Oak St APT#4' }, 'APT 4', '4'],
      [{ line1: '10 Oak St Unit C' }, 'UNIT C', 'C'],
      [{ line1: '10 Oak St Suite 200' }, 'STE 200', '200'],
      [{ line1: '10 Oak St Ste. 200' }, 'STE 200', '200'],
      [{ line1: '10 Oak St Floor 3' }, 'FL 3', '3'],
      [{ line1: '10 Oak St Room 12' }, 'RM 12', '12'],
      [{ line1: '10 Oak St Lot 7' }, 'LOT 7', '7'],
      [{ line1: '10 Oak St Space 7' }, 'SPC 7', '7'],
      [{ line1: '10 Oak St Trailer 7' }, 'TRLR 7', '7'],
      [{ line1: '10 Oak St Rear' }, 'REAR', 'REAR'],
      [{ line1: '10 Oak St Basement' }, 'BSMT', 'BSMT'],
      [{ line1: '10 Oak St Penthouse' }, 'PH', 'PH'],
      [{ line1: '10 Oak St Building 2 Apt 4' }, 'BLDG 2 APT 4', '2 4'],
      [{ line1: '10 Oak St', line2: 'Apt 4' }, 'APT 4', '4'],
      [{ line1: '10 Oak St', line2: 'Suite 200A' }, 'STE 200A', '200A'],
      [{ line1: '10 Oak St', line2: 'Upper' }, 'UPPR', 'UPPR'],
      [{ line1: '10 Oak St', line2: '4B' }, 'APT 4B', '4B'],
      [{ line1: '10 Oak St', line2: 'B' }, 'APT B', 'B'],
      [{ line1: '10 Oak St', line2: 'Bldg 2' }, 'BLDG 2', '2'],
      [{ line1: '10 Oak St Apt 4', line2: 'Apt 4' }, 'APT 4', '4'],
      [{ line1: '10 Oak St Bldg 2', line2: 'Apt 4' }, 'BLDG 2 APT 4', '2 4'],
    ])('%j -> line2 %j, key unit %j', (raw, line2, unitKey) => {
      const result = value({ ...base, ...raw });
      expect(result.line1).toBe('10 OAK ST');
      expect(result.line2).toBe(line2);
      expect(result.key.split('|')[1]).toBe(unitKey);
    });

    it('keeps non-unit text of line2 after the unit, out of the key', () => {
      const result = value({ line1: '10 Oak St', line2: 'c/o Acme Apt 4', ...base });
      expect(result.line2).toBe('APT 4 C O ACME');
      expect(result.key).toBe('10 OAK ST|4|CHICAGO|IL|60614');
    });

    it('has no line2 and an empty key unit without a unit', () => {
      const result = value({ line1: '10 Oak St', line2: '  ', ...base });
      expect(result).toEqual({ line1: '10 OAK ST', city: 'CHICAGO', state: 'IL', zip5: '60614', key: '10 OAK ST||CHICAGO|IL|60614' });
    });
  });

  describe('other line1 shapes', () => {
    it.each([
      ['123 1/2 Main St', '123 1/2 MAIN ST'],
      ['72-15 Main Street', '72-15 MAIN ST'],
      ["1 O'Hare Drive", '1 OHARE DR'],
      ['General Delivery', 'GENERAL DELIVERY'],
      ['Rural Route 2 Box 15', 'RURAL ROUTE 2 BOX 15'],
      ['Main Street', 'MAIN ST'],
    ])('%j -> %j', (line1, expected) => {
      expect(value({ line1, ...base }).line1).toBe(expected);
    });
  });

  describe('state', () => {
    it.each([
      ['IL', 'IL'],
      ['il', 'IL'],
      ['Illinois', 'IL'],
      ['ILLINOIS', 'IL'],
      ['New York', 'NY'],
      ['new  york', 'NY'],
      ['North Carolina', 'NC'],
      ['District of Columbia', 'DC'],
      ['D.C.', 'DC'],
      ['Puerto Rico', 'PR'],
      ['Guam', 'GU'],
      ['Virgin Islands', 'VI'],
      ['AE', 'AE'],
      ['Armed Forces Pacific', 'AP'],
    ])('%j -> %s', (state, expected) => {
      expect(value({ line1: '10 Oak St', city: 'X City', zip: '60614', state }).state).toBe(expected);
    });

    it.each([
      ['XX', "state 'XX' is not a US state or territory code"],
      ['ZZ', "state 'ZZ' is not a US state or territory code"],
      ['I', "state 'I' is not a US state or territory code"],
      ['Ill', 'state is not a US state or territory code or name'],
      ['Ontario', 'state is not a US state or territory code or name'],
      ['60614', 'state is not a US state or territory code or name'],
    ])('%j is invalid: %s', (state, message) => {
      expect(normaliseUsAddress({ line1: '10 Oak St', city: 'Chicago', zip: '60614', state })).toEqual({
        kind: 'invalid',
        code: ErrorCode.INVALID_STATE,
        message,
      });
    });
  });

  describe('ZIP', () => {
    it.each([
      ['60614', '60614'],
      ['60614-1234', '60614'],
      ['606141234', '60614'],
      ['60614 1234', '60614'],
      [' 02134 ', '02134'],
    ])('%j -> %s', (zip, expected) => {
      expect(value({ line1: '10 Oak St', city: 'Chicago', state: 'IL', zip }).zip5).toBe(expected);
    });

    it.each(['6061', '2134', '606145', '60614-12', '6061a', 'ABCDE', '60614-12345', '60614--1234'])('%j is invalid', (zip) => {
      const result = normaliseUsAddress({ line1: '10 Oak St', city: 'Chicago', state: 'IL', zip });
      expect(result).toMatchObject({ kind: 'invalid', code: ErrorCode.INVALID_POSTAL_CODE });
      if (result.kind === 'invalid') expect(result.message).not.toContain(zip);
    });
  });

  describe('required parts', () => {
    it.each([
      [{ city: 'Chicago', state: 'IL', zip: '60614' }, 'address line1 is missing'],
      [{ line1: '  ', city: 'Chicago', state: 'IL', zip: '60614' }, 'address line1 is missing'],
      [{ line1: '10 Oak St', state: 'IL', zip: '60614' }, 'address city is missing'],
      [{ line1: '10 Oak St', city: 'Chicago', zip: '60614' }, 'address state is missing'],
      [{ line1: '10 Oak St', city: 'Chicago', state: 'IL' }, 'address zip is missing'],
      [{ line1: '10 Oak St', city: 'Chicago', state: 'IL', zip: '' }, 'address zip is missing'],
      [{ line1: '10 Oak St', state: 'IL' }, 'address city, zip are missing'],
      [{}, 'address line1, city, state, zip are missing'],
      [{ line1: '...', city: 'Chicago', state: 'IL', zip: '60614' }, 'address line1 has no street once punctuation is removed'],
      [{ line1: '10 Oak St', city: '..', state: 'IL', zip: '60614' }, 'address city has no letters once punctuation is removed'],
    ])('%j: %s', (raw, message) => {
      expect(normaliseUsAddress(raw)).toEqual({ kind: 'invalid', code: ErrorCode.REQUIRED_FIELD_MISSING, message });
    });
  });

  describe('junk (kept small on purpose)', () => {
    it.each([
      [{ line1: 'unknown', ...base }, 'line1 is a placeholder'],
      [{ line1: 'UNKNOWN', city: 'UNKNOWN', state: 'XX', zip: '00000' }, 'line1 is a placeholder'],
      [{ line1: 'n/a', ...base }, 'line1 is a placeholder'],
      [{ line1: 'N/A', city: 'N/A' }, 'line1 is a placeholder'],
      [{ line1: 'none', ...base }, 'line1 is a placeholder'],
      [{ line1: 'refused', ...base }, 'line1 is a placeholder'],
      [{ line1: '10 Oak St', city: 'unknown', state: 'IL', zip: '60614' }, 'city is a placeholder'],
      [{ line1: '123 Main St', city: 'Chicago', state: 'IL', zip: '00000' }, 'ZIP code is 00000'],
      [{ line1: '123 Main St', city: 'Chicago', state: 'XX', zip: '00000-0000' }, 'ZIP code is 00000'],
    ])('%j is junk: %s', (raw, reason) => {
      const result = normaliseUsAddress(raw);
      expect(result.kind).toBe('junk');
      if (result.kind === 'junk') expect(result.reason).toContain(reason);
    });
  });

  it('never echoes street lines or cities in messages', () => {
    const cases: RawUsAddress[] = [
      { line1: '742 Evergreen Terrace', city: 'Springfield', state: 'Oregon Territory', zip: '97403' },
      { line1: '742 Evergreen Terrace', city: 'Springfield', state: 'OR', zip: '9740' },
      { line1: '742 Evergreen Terrace', state: 'OR', zip: '97403' },
    ];
    for (const raw of cases) {
      const result = normaliseUsAddress(raw);
      if (result.kind !== 'invalid') throw new Error('expected invalid');
      expect(result.message.toUpperCase()).not.toMatch(/EVERGREEN|742|SPRINGFIELD|OREGON|9740/);
    }
  });
});
