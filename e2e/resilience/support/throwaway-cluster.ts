import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface Cluster {
  url: string;
  start(): void;
  /** `pg_ctl stop -m fast`: connections are cut, as when the server goes down. */
  stop(): void;
  destroy(): void;
}

/**
 * A PostgreSQL cluster of the test's own in a temp dir on a random port, so the test can stop
 * it without touching the machine's shared server. initdb refuses root: run as `postgres`.
 */
export function createCluster(): Cluster {
  if (!fs.existsSync(path.join(BIN, 'initdb')))
    throw new Error(`PostgreSQL server programs not found in ${BIN}: set POSTGRES_BIN`);
  const root = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-pg-'));
  if (root) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (bin: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(path.join(BIN, bin), args, { stdio: 'pipe' });
  const data = path.join(dir, 'data');
  const port = 40000 + Math.floor(Math.random() * 20000);
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    destroy() {
      try {
        if (running) cluster.stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
