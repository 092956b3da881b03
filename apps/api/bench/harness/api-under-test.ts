import { type ChildProcess } from 'node:child_process';
import { type DatabaseConfig } from '../../src/db/data-source';
import { forkTs, nextMessage, stopChild } from './child';
import { postGraphql } from './load';
import { type ServerReply, type Statement } from './server-process';
import { LOGIN } from '../queries';

/** The API in its own process, with a hook that hands back the SQL one request ran. */
export interface ApiUnderTest {
  url: string;
  /** Runs `request` and returns the statements the API sent to the database meanwhile. */
  statementsOf(request: () => Promise<unknown>): Promise<Statement[]>;
  login(username: string, password: string): Promise<string>;
  /** CPU time the API process has used so far, in ms (user + system). */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

export async function startApi(config: DatabaseConfig): Promise<ApiUnderTest> {
  const child: ChildProcess = forkTs('server-process.ts', {
    BENCH_DATABASE_CONFIG: JSON.stringify(config),
    NODE_ENV: 'production',
  });
  const { port } = await nextMessage<Extract<ServerReply, { type: 'listening' }>>(
    child,
    'listening',
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    async statementsOf(request) {
      const reset = nextMessage(child, 'reset-done');
      child.send({ type: 'reset' });
      await reset;
      await request();
      const read = nextMessage<Extract<ServerReply, { type: 'statements' }>>(child, 'statements');
      child.send({ type: 'read' });
      return (await read).statements;
    },
    async login(username, password) {
      const { body } = await postGraphql(url, LOGIN, { input: { username, password } });
      const token = (body.data as { login: { token: string | null } }).login.token;
      if (!token) throw new Error(`could not sign in as ${username}: ${JSON.stringify(body.data)}`);
      return token;
    },
    async cpuMs() {
      const reply = nextMessage<Extract<ServerReply, { type: 'cpu' }>>(child, 'cpu');
      child.send({ type: 'cpu' });
      return (await reply).micros / 1000;
    },
    stop: () => stopChild(child),
  };
}
