import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  date: string;
  commit: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  loadAverage: string;
}

/** Where and when figures were taken: these machines are shared and noisy. */
export function describeMachine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' '),
  };
}
