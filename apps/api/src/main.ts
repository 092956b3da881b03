// `npm start`: migrate, load the demo programme (unless production), serve, print the way in.
import 'reflect-metadata';
import { createDataSource, databaseConfigFromEnv, databaseKind } from './db/data-source';
import { DEMO_PASSWORD, DEMO_SURVIVORS, DEMO_USERS } from './seed/demo-programme';
import { demoSeedAllowed, loadDemoProgramme } from './seed/load-demo-programme';
import { createServer } from './server';

const step = (text: string) => console.log(`==> ${text}`);

function describeDatabase(): string {
  const config = databaseConfigFromEnv();
  if (databaseKind(config) === 'postgres') {
    const u = new URL(config.url!);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `embedded SQLite file ${config.sqlitePath ?? './data/revolve.sqlite'}`;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  step(`Database: ${describeDatabase()}`);
  const dataSource = createDataSource(databaseConfigFromEnv());
  await dataSource.initialize();

  step('Migrating the database');
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(
    applied.length
      ? `    applied ${applied.map((m) => m.name).join(', ')}`
      : '    already up to date',
  );

  const seeded = demoSeedAllowed();
  if (seeded) {
    step('Loading the demo programme (only what is missing)');
    const { created } = await loadDemoProgramme(dataSource);
    const added = Object.entries(created).filter(([, n]) => n > 0);
    console.log(
      added.length
        ? `    added ${added.map(([k, n]) => `${n} ${k}`).join(', ')}`
        : '    already loaded',
    );
  } else {
    step('NODE_ENV=production: no demo data (set ALLOW_DEMO_SEED=1 to load it)');
  }

  step('Starting the server');
  const server = await createServer({
    dataSource,
    migrate: false,
    ...(process.env.TRUST_PROXY
      ? { trustProxy: Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY }
      : {}),
  });
  const http = server.app.listen(port, () => {
    const base = `http://localhost:${port}`;
    console.log(`
Revolve is running.
  Portal (survivors)   ${base}/
  Admin (staff)        ${base}/admin
  GraphQL              ${base}/graphql
  Health               ${base}/healthz
`);
    if (seeded) {
      console.log(`Demo sign-ins (staff password: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS) {
        const where = u.districts.length ? ` - ${u.districts.join(', ')}` : '';
        console.log(
          `  ${u.username.padEnd(15)} ${u.role}${u.organization ? ` (${u.organization})` : ''}${where}`,
        );
      }
      console.log('Survivors on the portal (phone number + PIN):');
      for (const s of DEMO_SURVIVORS.filter((x) => x.pin)) {
        console.log(`  ${s.phone}   PIN ${s.pin}   ${s.code}`);
      }
      console.log(`
Try it with curl:
  curl -s ${base}/graphql -H 'content-type: application/json' \\
    -d '{"query":"mutation { login(input: {username: \\"analyst.undp\\", password: \\"${DEMO_PASSWORD}\\"}) { token } }"}'
  then send the token as "Authorization: Bearer <token>".
`);
    }
  });

  const stop = async () => {
    http.close();
    await server.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error('Revolve could not start:', error);
  process.exit(1);
});
