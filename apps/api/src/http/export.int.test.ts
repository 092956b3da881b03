import { DistrictEntity } from '../districts/district.entity';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { type CurrentUser } from '../auth/current-user';
import { exportLoanRows, LOAN_EXPORT_HEADER } from '../reporting/export-loans';
import { LOGIN, describeEachDatabase } from '../test-support/test-server';

/** A small CSV reader for the tests (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

type ErrorBody = { errors: { extensions: { field?: string } }[] };

const cellOf = (v: unknown) =>
  v === null ? '' : typeof v === 'object' ? (v as { amount: string }).amount : String(v);

describeEachDatabase('CSV export', (api) => {
  let analyst: string;
  let admin: string;
  beforeAll(async () => {
    analyst = await api().login('analyst.undp');
    admin = await api().login('admin');
  });
  const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
    api().fetch(path, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });

  it('an indicator table equals what GraphQL gives the same analyst, suppression included', async () => {
    const res = await get('/export/indicators.csv?breakdown=district', analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('indicators-district.csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'districtCode',
      'districtName',
      'directBeneficiaries',
      'loansDisbursed',
      'amountDisbursed',
      'par30',
      'repaymentRate',
      'suppressed',
      'currency',
    ]);
    const gql = (
      await api().gql(
        '{ indicators { byDistrict { district { code name } directBeneficiaries loansDisbursed amountDisbursed { amount } par30 repaymentRate suppressed } } }',
        {},
        { token: analyst },
      )
    ).body.data?.indicators.byDistrict as Record<string, unknown>[];
    expect(rows).toEqual(
      gql.map((d) => {
        const { district, ...rest } = d as { district: { code: string; name: string } };
        return [district.code, district.name, ...Object.values(rest).map(cellOf), 'AZN'];
      }),
    );
    expect(rows.some((r) => r[7] === 'true' && r[2] === '')).toBe(true);
  });

  it('every breakdown downloads, as many rows as GraphQL has cells; filters apply', async () => {
    const counts: Record<string, string> = {
      sex: 'bySex { key }',
      ageBand: 'byAgeBand { key }',
      purpose: 'byPurpose { key }',
      courseTopic: 'byCourseTopic { topic }',
    };
    for (const [breakdown, field] of Object.entries(counts)) {
      const rows = parseCsv(
        await (await get(`/export/indicators.csv?breakdown=${breakdown}`, admin)).text(),
      );
      const cells = (await api().gql(`{ indicators { ${field} } }`, {}, { token: admin })).body.data
        ?.indicators;
      expect({ breakdown, rows: rows.length - 1 }).toEqual({
        breakdown,
        rows: (Object.values(cells)[0] as unknown[]).length,
      });
    }
    const month = parseCsv(
      await (
        await get('/export/indicators.csv?breakdown=month&from=2025-01-01&to=2025-06-30', admin)
      ).text(),
    );
    expect(month.slice(1).map((r) => r[0])).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
  });

  it('defuses formulas in cells (a district named like a formula)', async () => {
    const repo = api().dataSource.getRepository(DistrictEntity);
    const district = await repo.findOneByOrFail({ code: 'AGJ' });
    await repo.update(district.id, { name: '=HYPERLINK("http://x")' });
    try {
      const text = await (await get('/export/indicators.csv?breakdown=district', admin)).text();
      expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(parseCsv(text).some((r) => r[1]?.startsWith('=') === true)).toBe(false);
    } finally {
      await repo.update(district.id, { name: district.name });
    }
  });

  it('loan-level data: pseudonymous columns only, every loan, no personal value anywhere', async () => {
    const res = await get('/export/loans.csv', analyst);
    expect(res.status).toBe(200);
    const text = await res.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(LOAN_EXPORT_HEADER);
    const total = (await api().gql('{ loans(first: 1) { totalCount } }', {}, { token: analyst }))
      .body.data?.loans.totalCount;
    expect(rows).toHaveLength(total);
    const people = await api().dataSource.getRepository(BeneficiaryEntity).find();
    const personal = people
      .flatMap((p) => [
        p.fullName,
        p.phone,
        p.village,
        p.nationalId,
        p.disabilityNotes,
        p.needsAssessment,
      ])
      .filter((v): v is string => typeof v === 'string' && v.length > 3);
    expect(personal.length).toBeGreaterThan(40);
    for (const value of personal)
      expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
    expect(rows.every((r) => /^[A-Z]{3}-\d{3}$/.test(r[3]!))).toBe(true);
  });

  it('sends a large export compressed to a client that accepts gzip, with the same rows', async () => {
    const zipped = await get('/export/loans.csv', analyst, { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/export/loans.csv', analyst, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(await zipped.text()).toBe(text);
  });

  it('pages through loans in keyset order: small pages give the same rows', async () => {
    const user = { role: 'ANALYST', districtIds: [] } as unknown as CurrentUser;
    const collect = async (size: number) => {
      const pages: unknown[][][] = [];
      for await (const page of exportLoanRows(api().dataSource, user, new Date(), size))
        pages.push(page);
      return pages;
    };
    const small = await collect(3);
    const big = await collect(200);
    expect(small.length).toBeGreaterThan(2);
    expect(small.flat()).toEqual(big.flat());
  });

  it('case managers get their districts only; cookies work like Bearer tokens', async () => {
    const login = await api().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { username: 'manager.ciraq', password: 'demo-password' } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^revolve_session=/);
    const rows = parseCsv(
      await (await get('/export/loans.csv', undefined, { cookie })).text(),
    ).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ['SAA', 'BIL', 'TAR'].includes(r[4]!))).toBe(true);
  });

  it('refuses the anonymous, survivors and bad parameters with JSON errors', async () => {
    expect((await get('/export/loans.csv')).status).toBe(401);
    const survivor = await api().login('+994500000001', '135790');
    expect((await get('/export/indicators.csv', survivor)).status).toBe(403);
    const bad = await get('/export/indicators.csv?breakdown=village', analyst);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).errors[0]!.extensions.field).toBe('breakdown');
    const badDate = await get('/export/indicators.csv?breakdown=sex&from=2026-13-01', analyst);
    expect(((await badDate.json()) as ErrorBody).errors[0]!.extensions.field).toBe('filter.from');
  });
});
