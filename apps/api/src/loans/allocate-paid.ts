import { allocateRepayment, type Currency } from '@revolve/domain';
import { type EntityManager } from 'typeorm';
import { InstalmentEntity } from './instalment.entity';

/**
 * Applies `amount` to the schedule oldest instalment first (the domain's rule) and saves the
 * new paid amounts. Throws OVERPAYMENT when it is more than is left.
 */
export async function applyToSchedule(
  em: EntityManager,
  instalments: InstalmentEntity[],
  amount: bigint,
  currency: Currency,
): Promise<void> {
  const allocations = allocateRepayment(
    instalments.map((i) => ({
      number: i.number,
      principalDue: { amount: i.principalDue, currency },
      principalPaid: { amount: i.principalPaid, currency },
    })),
    { amount, currency },
  );
  for (const a of allocations) {
    const inst = instalments.find((i) => i.number === a.number)!;
    inst.principalPaid += a.amount.amount;
    await em.update(InstalmentEntity, { id: inst.id }, { principalPaid: inst.principalPaid });
  }
}

export function leftToPay(instalments: InstalmentEntity[]): bigint {
  return instalments.reduce((sum, i) => sum + (i.principalDue - i.principalPaid), 0n);
}
