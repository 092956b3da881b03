import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const API_DIR = path.resolve(__dirname, '../../../apps/api');

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  output: () => string;
  alive: () => boolean;
  /** SIGKILL: no shutdown code runs, exactly like a power cut of the process. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`node dist/main.js`, as `npm start` and e2e/support/built-server.ts
 * do) with the given database settings on a random port. Unlike built-server, the caller owns
 * the database: several processes can share one, and one can be restarted on the same data.
 */
export async function spawnApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const main = path.join(API_DIR, 'dist/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: build the API first`);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 60000);
    const check = setInterval(() => {
      if (output.includes('Revolve is running')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
    void exited.then(() => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`API exited with ${child.exitCode}:\n${output}`));
    });
  });

  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    alive,
    async kill9() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (alive()) child.kill('SIGTERM');
      await exited;
    },
  };
}
