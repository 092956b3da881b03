import { type Money } from '../money';

export type JournalKind = 'CONTRIBUTION' | 'DISBURSEMENT' | 'REPAYMENT' | 'WRITE_OFF' | 'REVERSAL';

/** One posting: debit positive, credit negative. */
export interface JournalLine {
  account: string;
  amount: Money;
}

export interface JournalEntry {
  kind: JournalKind;
  lines: JournalLine[];
  /** On a REVERSAL: the kind of the entry it cancels (so totals can be corrected). */
  reverses?: Exclude<JournalKind, 'REVERSAL'>;
}
