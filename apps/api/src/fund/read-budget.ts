import { type DataSource } from 'typeorm';
import { sumToBigint } from '../db/locks';
import { toMoney } from '../graphql/money';
import { type Budget } from './budget.types';
import { BudgetLineEntity } from './budget-line.entity';
import { ContributionEntity } from './contribution.entity';
import { ExpenseEntity } from './expense.entity';

/** Planned and spent per line, summed in the database. */
export async function readBudget(ds: DataSource): Promise<Budget> {
  const lines = await ds.getRepository(BudgetLineEntity).find({ order: { position: 'ASC' } });
  const currency = lines[0]?.currency ?? 'USD';
  const expenses = await ds
    .getRepository(ExpenseEntity)
    .createQueryBuilder('e')
    .select('e.lineId', 'lineId')
    .addSelect('SUM(e.amount)', 'total')
    .groupBy('e.lineId')
    .getRawMany<{ lineId: string; total: unknown }>();
  const spentBy = new Map(expenses.map((e) => [e.lineId, sumToBigint(e.total)]));
  const capital = await ds
    .getRepository(ContributionEntity)
    .createQueryBuilder('c')
    .select('SUM(c.amount)', 'total')
    .where('c.currency = :currency', { currency })
    .getRawOne<{ total: unknown }>();
  let total = 0n;
  let spent = 0n;
  const out = lines.map((l) => {
    const s = l.code === 'LOAN_CAPITAL' ? sumToBigint(capital?.total) : (spentBy.get(l.id) ?? 0n);
    total += l.planned;
    spent += s;
    return {
      id: l.id,
      code: l.code,
      name: l.name,
      planned: toMoney(l.planned, l.currency),
      spent: toMoney(s, l.currency),
    };
  });
  return { total: toMoney(total, currency), spent: toMoney(spent, currency), lines: out };
}
