import { join } from 'node:path';
import { matchRecord } from '../records/match-record';
import { FAKE1000_SETTINGS } from '../settings/fake1000-settings';
import { FEBRL_SETTINGS } from '../settings/febrl-settings';
import { LabelledDataset, readCsv } from './labelled-dataset';

const lower = (value: string | undefined): string | null => {
  const v = (value ?? '').trim().toLowerCase();
  return v.length === 0 ? null : v;
};

/** yyyymmdd -> yyyy-mm-dd (FEBRL); other shapes are kept as they are. */
function isoDate(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  return match === null ? lower(v) : `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
}

/** FEBRL dataset 1, 2 or 3 (truth: entity_id). */
export function loadFebrl(dir: string, which: 1 | 2 | 3): LabelledDataset {
  const rows = readCsv(join(dir, 'febrl', `dataset${String(which)}.csv`));
  return {
    name: `FEBRL ${String(which)}`,
    settings: FEBRL_SETTINGS,
    truth: rows.map((row) => row.entity_id ?? ''),
    records: rows.map((row) =>
      matchRecord(row.rec_id ?? '', {
        given_name: lower(row.given_name),
        surname: lower(row.surname),
        street_number: lower(row.street_number),
        address_1: lower(row.address_1),
        address_2: lower(row.address_2),
        suburb: lower(row.suburb),
        postcode: lower(row.postcode),
        state: lower(row.state),
        date_of_birth: isoDate(row.date_of_birth),
        soc_sec_id: lower(row.soc_sec_id),
      }),
    ),
  };
}

/** Splink's fake_1000 (truth: cluster). */
export function loadFake1000(dir: string): LabelledDataset {
  const rows = readCsv(join(dir, 'splink', 'fake_1000.csv'));
  return {
    name: 'fake_1000',
    settings: FAKE1000_SETTINGS,
    truth: rows.map((row) => row.cluster ?? ''),
    records: rows.map((row) => {
      const email = lower(row.email);
      return matchRecord(row.unique_id ?? '', {
        first_name: lower(row.first_name),
        surname: lower(row.surname),
        dob: isoDate(row.dob),
        city: lower(row.city),
        email,
        email_user: email === null ? null : (email.split('@')[0] ?? null),
      });
    }),
  };
}
