// Data source for the TypeORM CLI on PostgreSQL: point DATABASE_URL at an empty database.
import 'reflect-metadata';
import { createDataSource } from '../data-source';

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('Set DATABASE_URL=postgres://... for the CLI');
export default createDataSource({ url });
