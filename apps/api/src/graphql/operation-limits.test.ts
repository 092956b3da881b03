import 'reflect-metadata';
import { type FragmentDefinitionNode, type GraphQLSchema, Kind, parse } from 'graphql';
import { DEFAULT_LIMITS, measureOperation } from './operation-limits';
import { buildAppSchema } from './schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (op?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return measureOperation(schema, op, fragments, variables).cost;
}

const INSTALMENT = `number dueDate principalDue { amount currency } principalPaid { amount currency } status`;

describe('operation cost', () => {
  it('accepts an admin page of 100 loans with full schedules and repayments', () => {
    const page = `{ loans(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node {
      id reference status principal { amount currency } beneficiary { code district { name } }
      schedule { ${INSTALMENT} } repayments { paidOn amount { amount currency } } } } } }`;
    // 1 connection + 100 edges + 100 loans + 200 beneficiaries and districts + 2 x 100 x 10 items
    expect(cost(page)).toBe(2401);
    expect(cost(page)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('counts objects, not scalars; values such as Money come with their parent', () => {
    expect(cost('{ me { id username displayName role } }')).toBe(1);
    expect(cost('{ loan(id: "x") { id principal { amount currency } } }')).toBe(1);
    expect(cost('{ loan(id: "x") { beneficiary { id } } }')).toBe(2);
    // A plain list counts 10 items; a page counts its `first`, from a variable too.
    expect(cost('{ loan(id: "x") { schedule { number } } }')).toBe(11);
    expect(cost('query Q($n: Int) { loans(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(
      15,
    );
  });

  it('still prices root scalars, so aliased reports cannot run for free', () => {
    expect(cost('{ __typename }')).toBe(0);
    const roots = Object.entries(schema.getQueryType()!.getFields()).filter(
      ([, f]) => f.args.length === 0 && !('getFields' in f.type),
    );
    for (const [name] of roots) expect(cost(`{ ${name} }`)).toBeGreaterThanOrEqual(1);
  });

  it('refuses six aliased pages of 100 survivors with their households', () => {
    const page = `beneficiaries(first: 100) { edges { node { id code household { id sex birthYear relation } } } }`;
    const six = `{ ${Array.from({ length: 6 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect(cost(six)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(`{ ${page} }`)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});
