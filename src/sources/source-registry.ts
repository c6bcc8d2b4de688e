import { SourceSystem } from '../model';
import { crmAdapter } from './crm';
import { ecommerceAdapter } from './ecommerce';
import { fuelAdapter } from './fuel';
import { loyaltyAdapter } from './loyalty';
import { pharmacyAdapter } from './pharmacy';
import { posAdapter } from './pos';
import { SourceAdapter } from './source-adapter';
import { webAdapter } from './web';

export const SOURCE_ADAPTERS: Record<SourceSystem, SourceAdapter> = {
  ecommerce: ecommerceAdapter as SourceAdapter,
  pos: posAdapter as SourceAdapter,
  loyalty: loyaltyAdapter as SourceAdapter,
  pharmacy: pharmacyAdapter as SourceAdapter,
  fuel: fuelAdapter as SourceAdapter,
  web: webAdapter as SourceAdapter,
  crm: crmAdapter as SourceAdapter,
};
