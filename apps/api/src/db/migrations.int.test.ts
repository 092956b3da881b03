import 'reflect-metadata';
import { createDataSource } from './data-source';
import { createTestDatabase, databaseKinds } from '../test-support/databases';

describe.each(databaseKinds())('migrations [%s]', (kind) => {
  it('create exactly the schema the entities describe (in step), and never synchronise', async () => {
    const db = await createTestDatabase(kind);
    const ds = createDataSource(db.config);
    try {
      expect(ds.options.synchronize).toBe(false);
      await ds.initialize();
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // Running again is harmless.
      expect(await ds.runMigrations({ transaction: 'each' })).toEqual([]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    }
  });
});
