// Times the two hot paths: building schedules (application previews, disbursement) and
// allocating repayments. Goal: each batch under one second. Exits non-zero only on an error.
import {
  allocateRepayment,
  calculateSchedule,
  money,
  type InstalmentBalance,
  type Money,
} from '../src/index';

const SCHEDULES = 100_000;
const ALLOCATIONS = 1_000_000;

function timeIt(run: (count: number) => number, count: number): { ms: number; checksum: number } {
  run(Math.min(count / 10, 10_000)); // warm-up so the JIT has compiled the hot code
  const start = performance.now();
  const checksum = run(count);
  return { ms: performance.now() - start, checksum };
}

// Inputs are built once so that the timings measure the domain code, not the bench.
const disbursementDates = Array.from(
  { length: 12 * 28 },
  (_, i) =>
    `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
);
const principals = Array.from({ length: 4_500 }, (_, i) =>
  money(50_000n + BigInt(i) * 100n, 'AZN'),
);
const repayments = Array.from({ length: 25_000 }, (_, i) => money(BigInt(1 + i), 'AZN'));

function schedules(count: number): number {
  let instalments = 0;
  for (let i = 0; i < count; i++) {
    const termMonths = 12 + (i % 25); // 12..36 instalments
    const schedule = calculateSchedule({
      principal: principals[i % principals.length] as Money,
      termMonths,
      graceMonths: 0,
      disbursedOn: disbursementDates[i % disbursementDates.length] as string,
    });
    instalments += schedule.length;
  }
  return instalments;
}

// A realistic loan mid-way: 24 x 100.00, the first 7 paid, the 8th partly paid.
const loan: InstalmentBalance[] = Array.from({ length: 24 }, (_, index) => ({
  number: index + 1,
  principalDue: money(10_000n, 'AZN'),
  principalPaid: money(index < 7 ? 10_000n : index === 7 ? 3_000n : 0n, 'AZN'),
}));

function allocations(count: number): number {
  let parts = 0;
  for (let i = 0; i < count; i++) {
    parts += allocateRepayment(loan, repayments[i % repayments.length] as Money).length;
  }
  return parts;
}

const rows = [
  {
    task: `${SCHEDULES.toLocaleString('en')} schedules (12-36 instalments)`,
    ...timeIt(schedules, SCHEDULES),
  },
  {
    task: `${ALLOCATIONS.toLocaleString('en')} allocations (24 instalments)`,
    ...timeIt(allocations, ALLOCATIONS),
  },
];

console.table(
  rows.map(({ task, ms, checksum }) => ({
    task,
    'time (ms)': Math.round(ms),
    'goal (ms)': 1000,
    'within goal': ms < 1000 ? 'yes' : 'NO',
    'items produced': checksum,
  })),
);
