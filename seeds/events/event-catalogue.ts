import { Rng } from '../prng';

/** A product of the synthetic catalogue. */
export interface Product {
  sku: string;
  category: string;
  brand: string;
  price: number;
}

/** Categories with their brands (the first is the store brand) and a typical unit price. */
const CATEGORIES: readonly (readonly [string, readonly string[], number])[] = [
  ['Produce', ['FreshChoice', 'Green Acres', 'Sunfield', 'Orchard Lane'], 2.5],
  ['Dairy', ['FreshChoice', 'Meadow Gold', 'Alpine Hill', 'Cloverdale'], 3.5],
  ['Bakery', ['FreshChoice', 'Stone Oven', 'Golden Crust'], 3.2],
  ['Meat & Seafood', ['FreshChoice', 'Prairie Ranch', 'Coastline'], 9.5],
  ['Pantry', ['FreshChoice', 'Hearth & Home', 'Nonna Rosa', 'Spice Route'], 3.0],
  ['Frozen', ['FreshChoice', 'Polar Pantry', 'Quick Bites'], 4.8],
  ['Snacks', ['FreshChoice', 'Crunchtown', 'Happy Trail'], 3.4],
  ['Beverages', ['FreshChoice', 'Fizzwell', 'Mountain Spring', 'Bean Roasters'], 4.0],
  ['Household', ['FreshChoice', 'Sparkle', 'EcoClean'], 6.0],
  ['Personal Care', ['FreshChoice', 'Pure Skin', 'Daily Fresh'], 5.5],
  ['Baby', ['FreshChoice', 'Little Sprout', 'Tender Care'], 8.0],
  ['Pet', ['FreshChoice', 'Happy Paws', 'Wild Kibble'], 9.0],
  ['Deli', ['FreshChoice', 'Old World Deli'], 6.5],
  ['International', ['Spice Route', 'Casa Verde', 'Lotus Garden'], 3.8],
  ['Organic', ['Green Acres', 'Earthwise'], 4.5],
  ['Wine & Beer', ['Valley Cellars', 'Hop Harbor', 'Craft Crew'], 12.0],
  ['Health & Wellness', ['FreshChoice', 'VitaLife', 'NatureWell'], 11.0],
  ['Diabetes Care', ['GlucoSure', 'FreshChoice'], 18.0],
];

export const STORE_BRAND = 'FreshChoice';
export const EVERYDAY_CATEGORIES = CATEGORIES.map(([c]) => c).filter((c) => c !== 'Diabetes Care' && c !== 'Health & Wellness');
export const HEALTH_CATEGORIES = ['Health & Wellness', 'Diabetes Care'];
const SKUS_PER_BRAND = 8;

/** The catalogue: 8 SKUs per category and brand, prices around the category's typical price. */
export function buildProductCatalogue(seed: string): Map<string, Product[]> {
  const rng = new Rng(`${seed}/product-catalogue`);
  const byCategory = new Map<string, Product[]>();
  CATEGORIES.forEach(([category, brands, price], c) => {
    const products: Product[] = [];
    brands.forEach((brand, b) => {
      for (let n = 0; n < SKUS_PER_BRAND; n++) {
        // The store brand is about 25% cheaper.
        const base = price * (brand === STORE_BRAND ? 0.75 : 1) * (0.7 + rng.next() * 0.6);
        products.push({ sku: `SKU-${String(c).padStart(2, '0')}${String(b)}${String(n).padStart(2, '0')}`, category, brand, price: Math.round(base * 100) / 100 });
      }
    });
    byCategory.set(category, products);
  });
  return byCategory;
}
