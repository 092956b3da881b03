// Writes apps/api/schema.graphql from the resolvers: `npm run schema -w @revolve/api`.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../src/graphql/schema';

void printAppSchema().then((text) => {
  fs.writeFileSync(path.join(__dirname, '..', 'schema.graphql'), text);
  console.log('wrote apps/api/schema.graphql');
});
