import { type BenchArgs } from '../args';
import { type ApiUnderTest } from '../harness/api-under-test';

/** One printed result: the figure, its goal and whether it is met. */
export interface Figure {
  name: string;
  figure: string;
  goal: string;
  met: boolean;
  note?: string;
}

export interface BenchContext {
  args: BenchArgs;
  api: ApiUnderTest;
  /** The bench database (PostgreSQL) for raw SQL baselines. */
  pgUrl: string;
  adminToken: string;
  survivorTokens: string[];
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

export function printFigure(f: Figure): void {
  console.log(
    `${f.met ? 'MET   ' : 'MISSED'}  ${f.name}: ${f.figure}  (goal: ${f.goal})${f.note ? `\n        ${f.note}` : ''}`,
  );
}

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
