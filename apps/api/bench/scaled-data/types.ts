import { type CalendarDate } from '@revolve/domain';

/** Bumped whenever the generated data changes: a stored data set of another version is reloaded. */
export const GENERATOR_VERSION = 1;

/** Insertion order: a table comes after every table its foreign keys point at. */
export const TABLES = [
  'beneficiaries',
  'household_members',
  'users',
  'contributions',
  'loans',
  'loan_events',
  'loan_instalments',
  'loan_repayments',
  'journal_entries',
  'journal_lines',
  'course_sessions',
  'enrollments',
] as const;
export type TableName = (typeof TABLES)[number];

export type Cell = string | number | boolean | bigint | null;
export type Row = Record<string, Cell>;

/** Receives rows; may return a promise when it wants the generator to wait (back-pressure). */
export interface Sink {
  row(table: TableName, row: Row): void | Promise<void>;
}

/** What the scaled data hangs on: the demo programme's districts, staff, product, courses, donors. */
export interface BaseRefs {
  districts: { id: string; code: string }[];
  /** Case manager recording for each district (same order as districts). */
  managerIds: string[];
  adminId: string;
  approverId: string;
  productId: string;
  roundingUnit: bigint;
  courses: { id: string; topic: string }[];
  donorIds: string[];
  /** argon2 hash of the bench survivors' PIN (hashed once by the loader). */
  portalPasswordHash: string;
}

export interface ScaleCounts {
  survivors: number;
  loans: number;
  repayments: number;
  enrollments: number;
  portalUsers: number;
}

export interface GenerateOptions {
  seed: number;
  scale: number;
  /** Nothing is dated after this day (repayments, disbursements, completions). */
  asOf: CalendarDate;
  refs: BaseRefs;
}

/** Full scale: 20,000 survivors, 60,000 loans, 1,000,000 repayments, 200,000 enrollments. */
export function countsFor(scale: number): ScaleCounts {
  if (!(scale > 0 && scale <= 10)) throw new Error(`scale must be in (0, 10], not ${scale}`);
  const survivors = Math.max(10, Math.round(20_000 * scale));
  return {
    survivors,
    // Three loan cycles per survivor: two finished, one recent (open, refused or active).
    loans: survivors * 3,
    repayments: Math.max(100, Math.round(1_000_000 * scale)),
    enrollments: Math.max(50, Math.round(200_000 * scale)),
    portalUsers: Math.min(200, survivors),
  };
}

/** Timestamps of generated rows: a fixed hour per kind keeps the journal in posting order. */
export const at = (date: CalendarDate, hour: number): string =>
  `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
