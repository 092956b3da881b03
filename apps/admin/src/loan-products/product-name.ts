import { type LoanProduct } from './loan-products-documents';

/** The product's name in the screen's language, the default name where none was given. */
export function productName(p: Pick<LoanProduct, 'name' | 'nameAz' | 'nameRu'>, language: string) {
  if (language.startsWith('az')) return p.nameAz || p.name;
  if (language.startsWith('ru')) return p.nameRu || p.name;
  return p.name;
}
