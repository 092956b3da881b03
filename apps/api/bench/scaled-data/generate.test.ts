import { createHash } from 'node:crypto';
import {
  FUND_CASH,
  type JournalEntry,
  type JournalKind,
  LOANS_RECEIVABLE,
  ledgerBalanced,
} from '@revolve/domain';
import { generateScaledData, type GenerationSummary } from './generate';
import { type BaseRefs, type Row, type Sink, type TableName } from './types';

const refs: BaseRefs = {
  districts: Array.from({ length: 7 }, (_, i) => ({ id: `district-${i}`, code: `D0${i}` })),
  managerIds: Array.from({ length: 7 }, (_, i) => `manager-${i}`),
  adminId: 'admin',
  approverId: 'committee',
  productId: 'product',
  roundingUnit: 100n,
  courses: [
    { id: 'course-a', topic: 'ACCOUNTING' },
    { id: 'course-m', topic: 'MARKETING' },
    { id: 'course-g', topic: 'MANAGEMENT' },
  ],
  donorIds: ['undp', 'anama'],
  portalPasswordHash: 'hash',
};

async function generate(seed: number) {
  const tables = new Map<TableName, Row[]>();
  const sink: Sink = {
    row(table, row) {
      if (!tables.has(table)) tables.set(table, []);
      tables.get(table)!.push(row);
    },
  };
  const summary = await generateScaledData({ seed, scale: 0.001, asOf: '2026-11-27', refs }, sink);
  return { summary, rows: (t: TableName) => tables.get(t) ?? [], tables };
}

const digest = (tables: Map<TableName, Row[]>) =>
  createHash('sha256')
    .update(JSON.stringify([...tables], (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)))
    .digest('hex');

const sum = (rows: Row[], key: string) => rows.reduce((a, r) => a + (r[key] as bigint), 0n);
const by = (rows: Row[], key: string) => {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(r[key] as string, [...(map.get(r[key] as string) ?? []), r]);
  return map;
};

describe('scaled data generator (tiny scale)', () => {
  let data: Awaited<ReturnType<typeof generate>>;
  let summary: GenerationSummary;
  beforeAll(async () => {
    data = await generate(7);
    summary = data.summary;
  });

  it('gives the same rows for the same seed and other rows for another', async () => {
    const again = await generate(7);
    const other = await generate(8);
    expect(digest(again.tables)).toBe(digest(data.tables));
    expect(digest(other.tables)).not.toBe(digest(data.tables));
  });

  it('makes the counts asked for, loans in every state', () => {
    const { counts } = summary;
    expect(data.rows('beneficiaries')).toHaveLength(counts.survivors);
    expect(data.rows('loans')).toHaveLength(counts.loans);
    expect(data.rows('loan_repayments')).toHaveLength(counts.repayments);
    expect(data.rows('enrollments')).toHaveLength(counts.enrollments);
    const states = new Set(data.rows('loans').map((l) => l.status));
    expect([...states].sort()).toEqual(
      ['ACTIVE', 'APPROVED', 'REJECTED', 'REPAID', 'SUBMITTED', 'WRITTEN_OFF'].sort(),
    );
  });

  it('posts a balanced journal whose receivables equal what active schedules still owe', () => {
    const lines = by(data.rows('journal_lines'), 'entryId');
    const entries: JournalEntry[] = data.rows('journal_entries').map((e) => ({
      kind: e.kind as JournalKind,
      lines: lines.get(e.id as string)!.map((l) => ({
        account: l.account as string,
        amount: { amount: l.amount as bigint, currency: l.currency as 'AZN' | 'USD' },
      })),
    }));
    expect(entries.length).toBeGreaterThan(summary.counts.repayments);
    expect(ledgerBalanced(entries)).toBe(true);
    const receivable = sum(
      data.rows('journal_lines').filter((l) => l.account === LOANS_RECEIVABLE),
      'amount',
    );
    const active = new Set(
      data
        .rows('loans')
        .filter((l) => l.status === 'ACTIVE')
        .map((l) => l.id),
    );
    const owed = data
      .rows('loan_instalments')
      .filter((i) => active.has(i.loanId))
      .reduce((a, i) => a + (i.principalDue as bigint) - (i.principalPaid as bigint), 0n);
    expect(owed).toBeGreaterThan(0n);
    expect(receivable).toBe(owed);
  });

  it('never lets the fund cash go below zero, in posting order', () => {
    const cashOf = new Map<string, bigint>();
    for (const l of data.rows('journal_lines'))
      if (l.account === FUND_CASH)
        cashOf.set(
          l.entryId as string,
          (cashOf.get(l.entryId as string) ?? 0n) + (l.amount as bigint),
        );
    const ordered = [...data.rows('journal_entries')].sort((a, b) =>
      `${a.createdAt as string}${a.id as string}` < `${b.createdAt as string}${b.id as string}`
        ? -1
        : 1,
    );
    let cash = 0n;
    let lowest = 0n;
    for (const e of ordered) {
      cash += cashOf.get(e.id as string) ?? 0n;
      if (cash < lowest) lowest = cash;
    }
    expect(lowest).toBe(0n);
    expect(cash).toBe(summary.capital - summary.totals.disbursed + summary.totals.repaid);
  });

  it('keeps each loan, its schedule and its repayments consistent', () => {
    const instalments = by(data.rows('loan_instalments'), 'loanId');
    const repayments = by(data.rows('loan_repayments'), 'loanId');
    for (const loan of data.rows('loans')) {
      const schedule = instalments.get(loan.id as string) ?? [];
      const paid = sum(repayments.get(loan.id as string) ?? [], 'amount');
      expect(sum(schedule, 'principalPaid')).toBe(paid);
      if (loan.disbursedOn === null) {
        expect(schedule).toHaveLength(0);
        continue;
      }
      expect(sum(schedule, 'principalDue')).toBe(loan.principal);
      if (loan.status === 'REPAID') expect(paid).toBe(loan.principal);
      else expect(paid).toBeLessThan(loan.principal as bigint);
      for (const r of repayments.get(loan.id as string) ?? []) {
        expect((r.paidOn as string) > (loan.disbursedOn as string)).toBe(true);
        expect((r.paidOn as string) <= '2026-11-27').toBe(true);
      }
    }
    expect(sum(data.rows('loan_repayments'), 'amount')).toBe(summary.totals.repaid);
  });

  it('fills course sessions without a survivor twice in one or seats beyond capacity', () => {
    const sessions = new Map(data.rows('course_sessions').map((s) => [s.id as string, s]));
    for (const [sessionId, list] of by(data.rows('enrollments'), 'sessionId')) {
      expect(new Set(list.map((e) => e.beneficiaryId)).size).toBe(list.length);
      const seated = list.filter((e) => e.status === 'ENROLLED' || e.status === 'COMPLETED');
      expect(seated.length).toBeLessThanOrEqual(sessions.get(sessionId)!.capacity as number);
    }
    const members = by(data.rows('household_members'), 'beneficiaryId');
    for (const b of data.rows('beneficiaries'))
      expect(members.get(b.id as string)?.length ?? 0).toBe(b.householdSize);
  });
});
