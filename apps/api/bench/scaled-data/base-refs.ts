import { type DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords';
import { DEMO_PRODUCT } from '../../src/seed/demo-loans';
import { type BaseRefs } from './types';

/** The bench survivors' portal PIN (the first 200 survivors can sign in with their phone). */
export const BENCH_PIN = '246810';

/** Reads what the demo programme created: the scaled data hangs on it. */
export async function readBaseRefs(ds: DataSource): Promise<BaseRefs> {
  const q = <T>(sql: string) => ds.query(sql) as Promise<T[]>;
  const districts = await q<{ id: string; code: string }>(
    `SELECT id, code FROM districts ORDER BY code`,
  );
  const managers = await q<{ districtId: string; id: string }>(
    `SELECT ud."districtId" AS "districtId", u.id AS id FROM user_districts ud
       JOIN users u ON u.id = ud."userId" WHERE u.role = 'CASE_MANAGER' ORDER BY u.username`,
  );
  const user = async (username: string) =>
    (await q<{ id: string }>(`SELECT id FROM users WHERE username = '${username}'`))[0]!.id;
  const [product] = await q<{ id: string; roundingUnit: string | number }>(
    `SELECT id, "roundingUnit" FROM loan_products WHERE name = '${DEMO_PRODUCT.name}'`,
  );
  if (!product) throw new Error('the demo loan product is missing');
  return {
    districts,
    managerIds: districts.map((d) => managers.find((m) => m.districtId === d.id)!.id),
    adminId: await user('admin'),
    approverId: await user('committee'),
    productId: product.id,
    roundingUnit: BigInt(product.roundingUnit),
    courses: await q<{ id: string; topic: string }>(
      `SELECT id, topic FROM courses ORDER BY topic, "titleEn"`,
    ),
    donorIds: (
      await q<{ id: string }>(`SELECT id FROM organizations WHERE kind = 'DONOR' ORDER BY code`)
    ).map((o) => o.id),
    portalPasswordHash: await hashPassword(BENCH_PIN),
  };
}
