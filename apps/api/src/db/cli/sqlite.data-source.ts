// Data source for the TypeORM CLI (migration:generate / migration:run) on SQLite.
import 'reflect-metadata';
import { createDataSource } from '../data-source';

export default createDataSource({
  sqlitePath: process.env.SQLITE_PATH ?? './data/migrations.sqlite',
});
