// `npm run seed -w @revolve/api`: loads the demo programme into the configured database.
import 'reflect-metadata';
import { createDataSource, databaseConfigFromEnv } from '../db/data-source';
import { demoSeedAllowed, loadDemoProgramme } from './load-demo-programme';

async function run(): Promise<void> {
  if (!demoSeedAllowed()) {
    console.error(
      'Refusing to load demo data under NODE_ENV=production (set ALLOW_DEMO_SEED=1 to allow).',
    );
    process.exit(1);
  }
  const ds = createDataSource(databaseConfigFromEnv());
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  console.log(JSON.stringify(await loadDemoProgramme(ds)));
  await ds.destroy();
}

void run();
