import { assertSameCurrency, type Money } from '../money';
import { ratio, type Ratio } from './ratio';

/** disbursedTotal / capital: how many times the capital has been lent out (can exceed 1). */
export function revolutions(disbursedTotal: Money, capital: Money): Ratio {
  assertSameCurrency(disbursedTotal, capital, ['capital']);
  return ratio(disbursedTotal.amount, capital.amount);
}
