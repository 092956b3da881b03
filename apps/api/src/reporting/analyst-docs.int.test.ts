import fs from 'node:fs';
import path from 'node:path';
import { describeEachDatabase } from '../test-support/test-server';

const DOC = path.join(__dirname, '..', '..', '..', '..', 'docs', 'analysts.md');

/** Every fenced graphql block of docs/analysts.md, in order. */
function docQueries(): string[] {
  const text = fs.readFileSync(DOC, 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

describeEachDatabase('docs/analysts.md queries', (api) => {
  let analyst: string;
  beforeAll(async () => {
    analyst = await api().login('analyst.undp');
  });

  it('holds ten queries', () => {
    expect(docQueries()).toHaveLength(10);
  });

  it.each(docQueries().map((q, i) => [i + 1, q] as const))(
    'query %i runs as analyst.undp without errors',
    async (_n, query) => {
      const r = await api().gql(query, {}, { token: analyst });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toBeTruthy();
    },
  );

  it('the arrears query finds the demo loan 45 days late, pseudonymously', async () => {
    const query = docQueries()[5] as string;
    const r = await api().gql(query, {}, { token: analyst });
    const nodes = r.body.data?.loans.edges.map((e: { node: unknown }) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.daysPastDue).toBeGreaterThanOrEqual(30);
      expect(Object.keys(n.beneficiary).sort()).toEqual(['birthYear', 'code', 'district', 'sex']);
    }
  });
});
