// `npm run bench:data -w @revolve/api -- --scale 0.01 --db both`: loads the scaled data set.
import { parseBenchArgs } from './args';
import { ensureBenchDatabase, type BenchDatabaseKind } from './scaled-data/load';

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const kinds: BenchDatabaseKind[] = args.db === 'both' ? ['postgres', 'sqlite'] : [args.db];
  for (const kind of kinds) {
    const db = await ensureBenchDatabase({
      kind,
      scale: args.scale,
      seed: args.seed,
      asOf: args.asOf,
    });
    console.log(
      `${kind}: ${db.reused ? 'reused the stored data set' : `loaded in ${db.loadSeconds.toFixed(1)} s`} ${JSON.stringify(db.summary)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
