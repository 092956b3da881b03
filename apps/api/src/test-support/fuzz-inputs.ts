import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Ids that exist in the seeded database, by the kind a field name suggests. */
export type KnownIds = Record<string, string[]>;

// Strings that have broken parsers, SQL, length checks or Unicode handling somewhere.
const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  "'; DROP TABLE loans; --",
  '"',
  '\\',
  'Ə ə Ğ ğ İ ı Ö ö Ş ş Ü ü Ç ç',
  'Привет',
  '👩🏽‍🌾',
  '\uD800',
  'a'.repeat(10_000),
  'x'.repeat(1_000_000),
  '%s%n',
  '__proto__',
  'constructor',
  '1e309',
  'NaN',
  '-0',
);
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: nastyStrings },
);
const decimals = fc.oneof(
  fc.constantFrom('0', '0.00', '-1.00', '1.005', '1,00', '1e3', '.5', '00.1', '1.', 'abc', ''),
  fc.constantFrom('99999999999999999999999999999.99', '0.01', '1000.00', '250.50', '10000000.00'),
  fc.bigInt({ min: -1n, max: 10n ** 12n }).map((n) => (Number(n) / 100).toFixed(2)),
  fc.double({ noNaN: true }).map(String),
  anyString,
);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map(isoDate),
  fc.integer({ min: -400, max: 60 }).map((n) => isoDate(new Date(Date.now() + n * 86_400_000))),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '2024-02-29', '26-1-1'),
  anyString,
);
const dateTimes = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-03-31T09:30:00+04:00', '2026-03-31T25:00:00Z', 'yesterday'),
  anyString,
);
const ints = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 1900, 2026, 3000),
  fc.integer(),
);
const floats = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), ints);

/** Which known ids fit a field: `loanId` → loans, `beneficiaryId` → beneficiaries, … */
function idsFor(field: string, known: KnownIds): string[] {
  const f = field.toLowerCase();
  const match = Object.keys(known).find((kind) => f.startsWith(kind) || f.includes(kind));
  return match ? known[match]! : Object.values(known).flat();
}

function idArbitrary(field: string, known: KnownIds): fc.Arbitrary<string> {
  const valid = idsFor(field, known);
  const wrongKind = Object.values(known).flat();
  return fc.oneof(
    { weight: 5, arbitrary: valid.length ? fc.constantFrom(...valid) : fc.uuid() },
    { weight: 1, arbitrary: wrongKind.length ? fc.constantFrom(...wrongKind) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: anyString },
  );
}

function scalarArbitrary(type: string, field: string, known: KnownIds): fc.Arbitrary<unknown> {
  switch (type) {
    case 'ID':
      return idArbitrary(field, known);
    case 'Int':
      return ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return decimals;
    case 'Date':
      return dates;
    case 'DateTime':
      return dateTimes;
    default:
      // Free text, but now and then an id or a date where a string is expected.
      return fc.oneof(
        { weight: 6, arbitrary: anyString },
        { weight: 1, arbitrary: dates },
        { weight: 1, arbitrary: idArbitrary(field, known) },
      );
  }
}

/**
 * Values for any input type of the schema: mostly well-typed (so the resolvers run and the
 * business rules are exercised), sometimes mistyped or missing (so coercion is exercised too).
 */
export function inputArbitrary(
  type: GraphQLInputType,
  field: string,
  known: KnownIds,
  depth = 0,
): fc.Arbitrary<unknown> {
  const typed = ((): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return inputArbitrary(type.ofType, field, known, depth);
    if (isListType(type))
      return fc.array(inputArbitrary(type.ofType, field, known, depth + 1), { maxLength: 4 });
    if (isEnumType(type))
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constantFrom('UNKNOWN_VALUE', '') },
      );
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of fields) model[f.name] = inputArbitrary(f.type, f.name, known, depth + 1);
      const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
      return fc.record(model, { requiredKeys: required });
    }
    return scalarArbitrary(type.name, field, known);
  })();
  const nullable = !isNonNullType(type);
  return fc.oneof(
    { weight: 30, arbitrary: typed },
    { weight: nullable ? 3 : 1, arbitrary: fc.constant(null) },
    // A value of the wrong shape entirely.
    { weight: 1, arbitrary: fc.constantFrom(42, 'text', true, [], {}) },
  );
}

/** Leaf fields of a type that take no required arguments, `userErrors` and one level below. */
export function selectionFor(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = ['__typename'];
  for (const f of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth < 2)
      parts.push(`${f.name} { ${selectionFor(named, depth + 1)} }`);
  }
  return parts.join(' ');
}

export interface MutationCase {
  name: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** One case per mutation in the schema: new mutations are fuzzed without touching the test. */
export function mutationCases(schema: GraphQLSchema, known: KnownIds): MutationCase[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => {
    const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? ` { ${selectionFor(named)} }` : '';
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of field.args) model[a.name] = inputArbitrary(a.type, a.name, known);
    return {
      name: field.name,
      document: `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
      variables: fc.record(model),
    };
  });
}
