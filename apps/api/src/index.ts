export { createServer, type ServerOptions, type RevolveServer } from './server';
export { createDataSource, databaseConfigFromEnv, type DatabaseConfig } from './db/data-source';
export { printAppSchema, buildAppSchema } from './graphql/schema';
