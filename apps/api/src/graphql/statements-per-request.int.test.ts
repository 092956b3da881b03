import { describeEachDatabase, type TestApi } from '../test-support/test-server';

/** The SQL statements the API runs while `work` runs (TypeORM's query log). */
async function statementsOf(api: TestApi, work: () => Promise<unknown>): Promise<string[]> {
  const logger = api.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (query, ...rest) => {
    seen.push(query);
    return original(query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

const PAGE = `query P($first: Int, $after: String) { loans(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { id reference beneficiary { code } schedule { dueDate } repayments { paidOn } } }
} }`;
const COUNTED = `query C($first: Int, $after: String) { loans(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage } edges { node { id } }
} }`;
const isCount = (sql: string) => /COUNT\(/i.test(sql);

describeEachDatabase('SQL statements per request', (api) => {
  let admin: string;
  let manager: string;
  let all: number;

  beforeAll(async () => {
    admin = await api().login('admin');
    manager = await api().login('manager.ciraq');
    const r = await api().gql(COUNTED, { first: 100 }, { token: admin });
    all = r.body.data?.loans.totalCount;
  });

  it('signs a request in with one statement: session, user and districts together', async () => {
    const seen = await statementsOf(api(), () =>
      api().gql('{ me { username } }', {}, { token: manager }),
    );
    const signIn = seen.filter((s) => /sessions/.test(s));
    expect(signIn).toHaveLength(1);
    expect(signIn[0]).toMatch(/users/);
    expect(signIn[0]).toMatch(/user_districts/);
  });

  it('keeps the districts of a case manager from that one statement', async () => {
    const mine = await api().gql(PAGE, { first: 100 }, { token: manager });
    const everyone = await api().gql(PAGE, { first: 100 }, { token: admin });
    expect(mine.body.errors).toBeUndefined();
    const count = (r: typeof mine) => r.body.data?.loans.edges.length as number;
    expect(count(mine)).toBeGreaterThan(0);
    expect(count(mine)).toBeLessThan(count(everyone));
  });

  it('pages loans with beneficiary, schedule and repayments in 5 statements, no count', async () => {
    for (const first of [2, 100]) {
      let errors: unknown;
      const seen = await statementsOf(api(), async () => {
        errors = (await api().gql(PAGE, { first }, { token: admin })).body.errors;
      });
      expect(errors).toBeUndefined();
      expect(seen.filter(isCount)).toEqual([]);
      expect(seen).toHaveLength(5);
    }
  });

  it('counts totalCount only when asked, and tells hasNextPage without it', async () => {
    expect(all).toBeGreaterThan(3);
    const first = await api().gql(PAGE, { first: 2 }, { token: admin });
    expect(first.body.data?.loans.pageInfo.hasNextPage).toBe(true);
    let total: unknown;
    const seen = await statementsOf(api(), async () => {
      total = (await api().gql(COUNTED, { first: 2 }, { token: admin })).body.data?.loans
        .totalCount;
    });
    expect(total).toBe(all);
    expect(seen.filter(isCount)).toHaveLength(1);
    // The last page knows the total without counting; past the end it counts.
    const last = await api().gql(COUNTED, { first: 2, after: cursorAt(all - 2) }, { token: admin });
    expect(last.body.data?.loans).toMatchObject({
      totalCount: all,
      pageInfo: { hasNextPage: false },
    });
    expect(last.body.data?.loans.edges).toHaveLength(1);
    const past = await api().gql(COUNTED, { first: 2, after: cursorAt(all + 5) }, { token: admin });
    expect(past.body.data?.loans).toMatchObject({
      totalCount: all,
      pageInfo: { hasNextPage: false },
      edges: [],
    });
  });
});

const cursorAt = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
