import { FUND_CASH, type Currency, type Money } from '@revolve/domain';
import { type EntityManager } from 'typeorm';
import { findForUpdate, sumToBigint } from '../db/locks';
import { FundEntity } from './fund.entity';
import { LedgerTotalEntity } from './ledger-total.entity';

export const FUND_CURRENCY: Currency = 'AZN';

/** Makes sure the fund's lock row exists (idempotent, safe under concurrency). */
export async function ensureFundRow(em: EntityManager, currency: Currency): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(FundEntity)
    .values({ currency, disbursements: 0, loanSeq: 0 })
    .orIgnore()
    .execute();
}

/** Takes the fund's lock: concurrent disbursements queue here until the holder commits. */
export async function lockFund(em: EntityManager, currency: Currency): Promise<FundEntity> {
  await ensureFundRow(em, currency);
  const fund = await findForUpdate(em, FundEntity, { currency });
  if (!fund) throw new Error(`fund ${currency} missing`);
  return fund;
}

/**
 * Cash the fund holds now, from the ledger's running totals (kept in each posting's transaction;
 * a few rows instead of every cash line). Callers hold the fund's lock, so no other spend races it.
 */
export async function fundCash(em: EntityManager, currency: Currency): Promise<Money> {
  const row = await em
    .createQueryBuilder(LedgerTotalEntity, 't')
    .select('SUM(t.balance)', 'total')
    .where('t.account = :account AND t.currency = :currency', { account: FUND_CASH, currency })
    .getRawOne<{ total: unknown }>();
  return { amount: sumToBigint(row?.total), currency };
}
