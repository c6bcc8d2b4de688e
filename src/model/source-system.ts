/** The retailer's systems that know a shopper, each with its own account ids. */
export const SOURCE_SYSTEMS = ['ecommerce', 'pos', 'loyalty', 'pharmacy', 'fuel', 'web', 'crm'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export function isSourceSystem(value: string): value is SourceSystem {
  return (SOURCE_SYSTEMS as readonly string[]).includes(value);
}
