// The baseline for framework overhead: graphql-js on node:http, the same schema (built from the
// API's printed SDL) and a resolver that runs the same SQL as Revolve and returns the same data.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { type AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { Pool } from 'pg';
import { type Statement } from './server-process';

export interface BareSetup {
  type: 'serve';
  pgUrl: string;
  statements: Statement[];
  myLoans: unknown;
}

process.once('message', (setup: BareSetup) => {
  const schema = buildSchema(
    fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'),
  );
  const pool = new Pool({ connectionString: setup.pgUrl, max: 10 });
  const rootValue = {
    myLoans: async () => {
      for (const s of setup.statements) await pool.query(s.sql, s.params);
      return setup.myLoans;
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      void graphql({ schema, source: query, rootValue, variableValues: variables ?? null }).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    process.send!({ type: 'listening', port: (server.address() as AddressInfo).port });
  });
  process.on('disconnect', () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
});
