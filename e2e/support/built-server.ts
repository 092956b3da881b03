import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed, to check the start-up story and to debug failures. */
  output: () => string;
  stop(): Promise<void>;
}

const API_DIR = path.resolve(__dirname, '../../apps/api');

/**
 * Starts the built API (`node dist/main.js`, exactly what `npm start` runs) on a fresh SQLite
 * file and a free port, and waits until it says it is running.
 */
export async function startBuiltServer(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const main = path.join(API_DIR, 'dist/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: build the API first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-e2e-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      SQLITE_PATH: path.join(dir, 'e2e.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60000);
    const check = setInterval(() => {
      if (output.includes('Revolve is running')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
