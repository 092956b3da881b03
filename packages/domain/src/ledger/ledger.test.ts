import fc from 'fast-check';
import { money, type Money } from '../money';
import { domainErrorOf } from '../test-helpers';
import {
  donorCapitalAccount,
  FUND_CASH,
  FX_CLEARING,
  LOANS_RECEIVABLE,
  WRITE_OFFS,
} from './accounts';
import { assertBalanced, isBalanced, ledgerBalanced } from './assert-balanced';
import { contributionEntry } from './contribution-entry';
import { ensureCashSufficient } from './ensure-cash-sufficient';
import { accountBalance, foldBalances } from './fold-balances';
import { fundPosition } from './fund-position';
import { type JournalEntry } from './journal-entry';
import { disbursementEntry, repaymentEntry, writeOffEntry } from './loan-entries';
import { reversalEntry } from './reversal-entry';

const azn = (amount: bigint) => money(amount, 'AZN');
const usd = (amount: bigint) => money(amount, 'USD');

describe('ledger entries', () => {
  it('a USD contribution converts into AZN and balances in each currency', () => {
    const entry = contributionEntry({
      donorId: 'undp',
      amount: usd(8_000_000n),
      rate: '1.7',
      fundCurrency: 'AZN',
    });
    expect(entry.kind).toBe('CONTRIBUTION');
    expect(entry.lines).toEqual([
      { account: FUND_CASH, amount: azn(13_600_000n) },
      { account: FX_CLEARING, amount: azn(-13_600_000n) },
      { account: FX_CLEARING, amount: usd(8_000_000n) },
      { account: donorCapitalAccount('undp'), amount: usd(-8_000_000n) },
    ]);
    expect(isBalanced(entry)).toBe(true);
  });

  it('an AZN contribution needs no conversion', () => {
    const entry = contributionEntry({
      donorId: 'anama',
      amount: azn(500n),
      rate: '1',
      fundCurrency: 'AZN',
    });
    expect(entry.lines).toEqual([
      { account: FUND_CASH, amount: azn(500n) },
      { account: 'DONOR_CAPITAL:anama', amount: azn(-500n) },
    ]);
  });

  it('contribution refusals name the field', () => {
    const base = { donorId: 'undp', amount: usd(100n), rate: '1.7', fundCurrency: 'AZN' as const };
    expect(domainErrorOf(() => contributionEntry({ ...base, rate: 'abc' })).field).toEqual([
      'exchangeRate',
    ]);
    expect(domainErrorOf(() => contributionEntry({ ...base, amount: usd(0n) })).field).toEqual([
      'amount',
    ]);
    expect(domainErrorOf(() => contributionEntry({ ...base, donorId: ' ' })).field).toEqual([
      'donorId',
    ]);
    expect(
      domainErrorOf(() => contributionEntry({ ...base, amount: usd(1n), rate: '0.1' })).field,
    ).toEqual(['amount']);
  });

  it('loan entries move principal between cash, receivables and write-offs', () => {
    expect(disbursementEntry(azn(100n)).lines).toEqual([
      { account: LOANS_RECEIVABLE, amount: azn(100n) },
      { account: FUND_CASH, amount: azn(-100n) },
    ]);
    expect(repaymentEntry(azn(40n)).lines).toEqual([
      { account: FUND_CASH, amount: azn(40n) },
      { account: LOANS_RECEIVABLE, amount: azn(-40n) },
    ]);
    expect(writeOffEntry(azn(60n)).lines).toEqual([
      { account: WRITE_OFFS, amount: azn(60n) },
      { account: LOANS_RECEIVABLE, amount: azn(-60n) },
    ]);
    expect(domainErrorOf(() => disbursementEntry(azn(0n))).field).toEqual(['principal']);
    expect(domainErrorOf(() => repaymentEntry(azn(-1n))).field).toEqual(['amount']);
    expect(domainErrorOf(() => writeOffEntry(azn(0n))).field).toEqual(['outstanding']);
  });

  it('a reversal negates every line and cannot itself be reversed', () => {
    const original = repaymentEntry(azn(40n));
    const reversal = reversalEntry(original);
    expect(reversal).toEqual({
      kind: 'REVERSAL',
      reverses: 'REPAYMENT',
      lines: [
        { account: FUND_CASH, amount: azn(-40n) },
        { account: LOANS_RECEIVABLE, amount: azn(40n) },
      ],
    });
    expect(domainErrorOf(() => reversalEntry(reversal)).code).toBe('INVALID_STATE');
  });

  it('assertBalanced refuses entries that do not sum to zero per currency', () => {
    const lopsided: JournalEntry = {
      kind: 'REPAYMENT',
      lines: [
        { account: FUND_CASH, amount: azn(100n) },
        { account: LOANS_RECEIVABLE, amount: azn(-99n) },
      ],
    };
    // Summing across currencies would hide this one: 100 AZN against 100 USD.
    const mixed: JournalEntry = {
      kind: 'CONTRIBUTION',
      lines: [
        { account: FUND_CASH, amount: azn(100n) },
        { account: 'DONOR_CAPITAL:x', amount: usd(-100n) },
      ],
    };
    const single: JournalEntry = {
      kind: 'REPAYMENT',
      lines: [{ account: FUND_CASH, amount: azn(0n) }],
    };
    for (const entry of [lopsided, mixed, single]) {
      expect(domainErrorOf(() => assertBalanced(entry)).code).toBe('UNBALANCED_ENTRY');
      expect(domainErrorOf(() => foldBalances([entry])).code).toBe('UNBALANCED_ENTRY');
    }
    expect(ledgerBalanced([repaymentEntry(azn(1n)), mixed])).toBe(false);
    expect(ledgerBalanced([repaymentEntry(azn(1n))])).toBe(true);
  });

  it('ensureCashSufficient allows exactly the available cash and not a qəpik more', () => {
    expect(() => ensureCashSufficient(azn(100n), azn(100n))).not.toThrow();
    expect(domainErrorOf(() => ensureCashSufficient(azn(100n), azn(101n)))).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      field: ['principal'],
    });
    expect(domainErrorOf(() => ensureCashSufficient(azn(100n), usd(1n))).code).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});

describe('fundPosition', () => {
  it('hand-worked: 136,000 AZN from two donors, two loans, repayments, a write-off', () => {
    const entries = [
      contributionEntry({
        donorId: 'undp',
        amount: usd(4_000_000n),
        rate: '1.7',
        fundCurrency: 'AZN',
      }),
      contributionEntry({
        donorId: 'anama',
        amount: azn(6_800_000n),
        rate: '1',
        fundCurrency: 'AZN',
      }),
      disbursementEntry(azn(300_000n)),
      disbursementEntry(azn(200_000n)),
      repaymentEntry(azn(50_000n)),
      repaymentEntry(azn(10_000n)),
      writeOffEntry(azn(190_000n)),
    ];
    const mistaken = repaymentEntry(azn(10_000n));
    entries.push(mistaken, reversalEntry(mistaken));
    expect(fundPosition(entries, 'AZN')).toEqual({
      capital: azn(13_600_000n),
      available: azn(13_160_000n),
      outstanding: azn(250_000n),
      disbursedTotal: azn(500_000n),
      repaidTotal: azn(60_000n),
      writtenOffTotal: azn(190_000n),
    });
    const balances = foldBalances(entries);
    expect(accountBalance(balances, donorCapitalAccount('undp'), 'USD')).toEqual(usd(-4_000_000n));
    expect(accountBalance(balances, FX_CLEARING, 'USD')).toEqual(usd(4_000_000n));
    expect(accountBalance(balances, 'NOPE', 'AZN')).toEqual(azn(0n));
  });
});

type Op =
  | { type: 'contribute'; amount: bigint; usd: boolean; rate: string }
  | { type: 'disburse'; amount: bigint }
  | { type: 'repay'; share: number }
  | { type: 'writeOff'; share: number }
  | { type: 'reverse'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('contribute' as const),
    amount: fc.bigInt({ min: 1n, max: 10n ** 9n }),
    usd: fc.boolean(),
    rate: fc.constantFrom('1.7', '1.6995', '0.5', '2'),
  }),
  fc.record({
    type: fc.constant('disburse' as const),
    amount: fc.bigInt({ min: 1n, max: 10n ** 8n }),
  }),
  fc.record({
    type: fc.constant('repay' as const),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('writeOff' as const),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ type: fc.constant('reverse' as const), pick: fc.nat() }),
);

/** Plays operations the way the API does: disbursements only after ensureCashSufficient. */
function play(ops: Op[], withReversals: boolean, check: (entries: JournalEntry[]) => void): void {
  const entries: JournalEntry[] = [];
  for (const o of ops) {
    const position = fundPosition(entries, 'AZN');
    const part = (share: number): Money =>
      azn(BigInt(Math.floor(Number(position.outstanding.amount) * share)));
    let entry: JournalEntry | null = null;
    if (o.type === 'contribute') {
      const amount = o.usd ? usd(o.amount) : azn(o.amount);
      entry = contributionEntry({
        donorId: 'd',
        amount,
        rate: o.usd ? o.rate : '1',
        fundCurrency: 'AZN',
      });
    } else if (o.type === 'disburse') {
      try {
        ensureCashSufficient(position.available, azn(o.amount));
        entry = disbursementEntry(azn(o.amount));
      } catch (error) {
        expect(error).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
        expect(o.amount).toBeGreaterThan(position.available.amount);
      }
    } else if (o.type === 'repay' || o.type === 'writeOff') {
      const amount = part(o.share);
      if (amount.amount > 0n)
        entry = o.type === 'repay' ? repaymentEntry(amount) : writeOffEntry(amount);
    } else if (withReversals) {
      const candidates = entries.filter((e) => e.kind !== 'REVERSAL');
      const target = candidates[o.pick % Math.max(candidates.length, 1)];
      if (target) entry = reversalEntry(target);
    }
    if (entry) entries.push(entry);
    check(entries);
  }
}

describe('ledger invariants', () => {
  it('every entry keeps every currency balanced and the position adds up', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        play(ops, true, (entries) => {
          expect(ledgerBalanced(entries)).toBe(true);
          const totals = new Map<string, bigint>();
          for (const perCurrency of foldBalances(entries).values()) {
            for (const m of perCurrency.values())
              totals.set(m.currency, (totals.get(m.currency) ?? 0n) + m.amount);
          }
          for (const total of totals.values()) expect(total).toBe(0n);
          const p = fundPosition(entries, 'AZN');
          expect(p.capital.amount).toBe(
            p.available.amount + p.outstanding.amount + p.writtenOffTotal.amount,
          );
          expect(p.available.amount).toBe(
            p.capital.amount - p.disbursedTotal.amount + p.repaidTotal.amount,
          );
          expect(p.outstanding.amount).toBe(
            p.disbursedTotal.amount - p.repaidTotal.amount - p.writtenOffTotal.amount,
          );
        });
      }),
    );
  });

  it('cash never goes negative when disbursements go through ensureCashSufficient', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        play(ops, false, (entries) => {
          const p = fundPosition(entries, 'AZN');
          expect(p.available.amount).toBeGreaterThanOrEqual(0n);
          expect(p.outstanding.amount).toBeGreaterThanOrEqual(0n);
        });
      }),
    );
  });
});
