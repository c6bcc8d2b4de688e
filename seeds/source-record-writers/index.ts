import { SourceSystem } from '../../src/model/source-system';
import { crmRecord } from './crm';
import { ecommerceRecord } from './ecommerce';
import { fuelRecord } from './fuel';
import { loyaltyRecord } from './loyalty';
import { pharmacyRecord } from './pharmacy';
import { posRecord } from './pos';
import { RecordContext } from './record-context';
import { SourceRecordMap } from './record-types';
import { webRecord } from './web';

export type RecordWriter<S extends SourceSystem> = (ctx: RecordContext) => SourceRecordMap[S];

export const RECORD_WRITERS: { [S in SourceSystem]: RecordWriter<S> } = {
  ecommerce: ecommerceRecord,
  pos: posRecord,
  loyalty: loyaltyRecord,
  pharmacy: pharmacyRecord,
  fuel: fuelRecord,
  web: webRecord,
  crm: crmRecord,
};

export type { RecordContext } from './record-context';
export { compact, type HouseholdSignal, type SourceRecord, type SourceRecordMap } from './record-types';
