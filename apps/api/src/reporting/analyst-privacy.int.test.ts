import { randomUUID } from 'node:crypto';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { LoanEntity } from '../loans/loan.entity';
import { describeEachDatabase, type TestApi } from '../test-support/test-server';
import { CourseSessionEntity } from '../training/course-session.entity';

/** Field names that hold personal data: ANALYST must get null (and FORBIDDEN) for each. */
const PERSONAL_NAME =
  /fullName|phone|village|nationalId|injury|disability|needsAssessment|note|body|reason|text/i;
const MAX_DEPTH = 4;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
}

const REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema { queryType { name } types { name kind
  fields { name args { name defaultValue type { ${REF} } } type { ${REF} } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (t: TypeRef) => t.kind === 'NON_NULL';

/**
 * Selects every field of every type reachable from one root field (lists cut to 3 items,
 * required arguments filled with real ids), so that a field added tomorrow is checked too.
 */
function buildQuery(
  types: Map<string, TypeInfo>,
  root: FieldInfo,
  ids: Record<string, string>,
  visited: Set<string>,
): string | null {
  const args = (f: FieldInfo, owner: string) => {
    const parts: string[] = [];
    for (const a of f.args) {
      const t = named(a.type).name;
      if (a.name === 'first') parts.push('first: 3');
      else if (required(a.type) && a.defaultValue === null) {
        if (t === 'ID') parts.push(`${a.name}: "${ids[`${owner}.${f.name}`] ?? randomUUID()}"`);
        else if (t === 'Int') parts.push(`${a.name}: 1`);
        else if (t === 'Decimal') parts.push(`${a.name}: "1"`);
        else if (t === 'String') parts.push(`${a.name}: "x"`);
        else return null; // an input object we cannot invent: not reachable by a plain read
      }
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };
  const select = (typeName: string, depth: number, path: string[]): string => {
    const type = types.get(typeName);
    if (!type?.fields) return '__typename';
    const parts: string[] = [];
    for (const f of type.fields) {
      const a = args(f, typeName);
      if (a === null) continue;
      const target = named(f.type);
      if (target.kind === 'SCALAR' || target.kind === 'ENUM') {
        parts.push(`${f.name}${a}`);
        visited.add(`${typeName}.${f.name}`);
      } else if (depth < MAX_DEPTH && !path.includes(target.name as string)) {
        const sub = select(target.name as string, depth + 1, [...path, target.name as string]);
        parts.push(`${f.name}${a} { ${sub} }`);
        visited.add(`${typeName}.${f.name}`);
      }
    }
    return parts.length ? parts.join(' ') : '__typename';
  };
  const a = args(root, 'Query');
  if (a === null) return null;
  const target = named(root.type);
  if (target.kind === 'SCALAR' || target.kind === 'ENUM') return `{ ${root.name}${a} }`;
  return `{ ${root.name}${a} { ${select(target.name as string, 1, [target.name as string])} } }`;
}

/** Every string in a response, with the path it came from. */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/** [path, value] of every field whose name looks personal. */
function personalFields(value: unknown, path: string[] = []): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => personalFields(v, [...path, String(i)]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(PERSONAL_NAME.test(k) ? ([[[...path, k].join('.'), v]] as [string, unknown][]) : []),
    ...personalFields(v, [...path, k]),
  ]);
}

async function personalValues(api: TestApi): Promise<string[]> {
  const people = await api.dataSource.getRepository(BeneficiaryEntity).find();
  return people
    .flatMap((p) => [
      p.fullName,
      p.phone,
      p.village,
      p.nationalId,
      p.disabilityNotes,
      p.needsAssessment,
    ])
    .filter((v): v is string => typeof v === 'string' && v.length >= 4);
}

describeEachDatabase(
  'ANALYST privacy: every field reachable',
  (api) => {
    it('no personal value anywhere in any answer, and every personal-looking field is null', async () => {
      const admin = await api().login('admin');
      const analyst = await api().login('analyst.undp');
      const schema = (await api().gql(INTROSPECT, {}, { token: admin })).body.data?.__schema;
      const types = new Map<string, TypeInfo>((schema.types as TypeInfo[]).map((t) => [t.name, t]));
      const ds = api().dataSource;
      const survivor = await ds
        .getRepository(BeneficiaryEntity)
        .findOneByOrFail({ code: 'AGJ-001' });
      const loan = await ds
        .getRepository(LoanEntity)
        .findOneByOrFail({ beneficiaryId: survivor.id });
      const session = (await ds.getRepository(CourseSessionEntity).find({ take: 1 }))[0];
      const ids: Record<string, string> = {
        'Query.beneficiary': survivor.id,
        'Query.loan': loan.id,
        ...(session ? { 'Query.courseSession': session.id } : {}),
      };
      const secrets = await personalValues(api());
      expect(secrets.length).toBeGreaterThan(40);

      const visited = new Set<string>();
      const roots = (types.get(schema.queryType.name) as TypeInfo).fields ?? [];
      let answered = 0;
      for (const root of roots) {
        const query = buildQuery(types, root, ids, visited);
        if (!query) continue;
        const r = await api().gql(query, {}, { token: analyst });
        const refused = (r.body.errors ?? []).filter(
          (e) => !['FORBIDDEN', 'BAD_USER_INPUT'].includes(String(e.extensions?.code)),
        );
        // Limits or server errors would hide fields from the check: none may occur.
        expect({ root: root.name, errors: refused }).toEqual({ root: root.name, errors: [] });
        if (r.body.data?.[root.name]) answered += 1;
        // One assertion per answer: thousands of expect calls would outlast the keep-alive socket.
        const leaks = strings(r.body.data).filter(([, text]) =>
          secrets.some((x) => text.includes(x)),
        );
        expect({ root: root.name, leaks }).toEqual({ root: root.name, leaks: [] });
        const named = personalFields(r.body.data).filter(([, v]) => v !== null);
        expect({ root: root.name, named }).toEqual({ root: root.name, named: [] });
        for (const [path, v] of personalFields(r.body.data))
          expect({ root: root.name, path, v }).toEqual({ root: root.name, path, v: null });
      }
      // The walk reached the survivor, loan and indicator types and most of the schema's fields.
      for (const field of [
        'Beneficiary.code',
        'Beneficiary.fullName',
        'Beneficiary.phone',
        'Loan.principal',
        'Indicators.par30',
      ])
        expect(visited).toContain(field);
      expect(visited.size).toBeGreaterThan(150);
      expect(answered).toBeGreaterThan(8);
    });
    // Cost limits would refuse the whole-schema selections; they are not what is tested here.
  },
  { limits: { maxCost: 1_000_000, maxTokens: 100_000, maxDepth: 20 } },
);
