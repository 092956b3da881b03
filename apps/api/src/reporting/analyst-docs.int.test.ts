import fs from 'node:fs';
import path from 'node:path';
import { describeEachDatabase } from '../test-support/test-server';

const DOC = path.join(__dirname, '..', '..', '..', '..', 'docs', 'analysts.md');

/** The paths of the CSV downloads in the guide's sh blocks, e.g. /export/loans.csv. */
function docDownloads(): string[] {
  const text = fs.readFileSync(DOC, 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks.flatMap((b) =>
    [...b.matchAll(/localhost:4000(\/export\/[^' ]+)/g)].map((m) => m[1] as string),
  );
}

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

  it('holds the fourteen queries the admin explorer opens', () => {
    expect(docQueries()).toHaveLength(14);
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

  it('the CSV downloads answer as shown, as CSV', async () => {
    const paths = docDownloads();
    expect(paths).toHaveLength(3);
    for (const p of paths) {
      const res = await api().fetch(p, { headers: { authorization: `Bearer ${analyst}` } });
      expect({ p, status: res.status, type: res.headers.get('content-type') }).toEqual({
        p,
        status: 200,
        type: 'text/csv; charset=utf-8',
      });
      expect((await res.text()).split('\r\n').length).toBeGreaterThan(2);
    }
  });

  it('the per-donor query shows both donors with money lent and revolving', async () => {
    const r = await api().gql(docQueries()[9] as string, {}, { token: analyst });
    const donors = r.body.data?.fund.donors as { donor: { code: string }; revolutions: number }[];
    expect(donors.map((d) => d.donor.code).sort()).toEqual(['ANAMA', 'UNDP']);
    for (const d of donors) expect(d.revolutions).toBeGreaterThan(0);
  });
});
