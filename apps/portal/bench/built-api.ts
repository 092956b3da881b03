import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_SURVIVOR = { phone: '+994500000001', pin: '135790' };
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');

/** The built API (`node dist/main.js`, serving the built portal) on a fresh SQLite file and a free port. */
export async function startBuiltApi(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const main = path.join(apiDir, 'dist/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: build the API first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: apiDir,
    env: { PATH: process.env.PATH, PORT: String(port), SQLITE_PATH: path.join(dir, 'db.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 90000);
    const check = setInterval(() => {
      if (!output.includes('Revolve is running')) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 100);
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${output}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
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

/** Signs in through GraphQL and returns the session cookie ("name=value"). */
export async function signInCookie(
  baseUrl: string,
  { phone, pin }: { phone: string; pin: string },
): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { username: phone, password: pin } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  return cookie;
}
