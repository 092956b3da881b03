import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  printSchema,
  type GraphQLSchema,
  isObjectType,
  isInputObjectType,
} from 'graphql';
import 'reflect-metadata';
import { buildAppSchema, printAppSchema } from './schema';

const API_DIR = path.join(__dirname, '..', '..');
const COMMITTED = path.join(API_DIR, 'schema.graphql');
/** A copy of the shared contract travels with the code, so a fresh clone can run this test. */
const CONTRACT_COPY = path.join(API_DIR, 'api-contract.graphql');
const SHARED_CONTRACT = path.join(API_DIR, '..', '..', '..', 'shared', 'api-contract.graphql');

/**
 * Contract names that later issues own (loans: issue 4, courses: issue 5, indicators: issue 8,
 * the fund with loans). Every breaking finding must be about one of them, and each must still
 * be missing: when one lands, delete it here.
 */
const PENDING: string[] = [];

/** The only Float fields: ratios, never money (money is Decimal strings with a currency). */
const FLOAT_FIELDS = [
  'CourseTopicIndicators.completionRate',
  'DistrictIndicators.par30',
  'DistrictIndicators.repaymentRate',
  'DonorCapital.revolutions',
  'Fund.revolutions',
  'IndicatorCell.par30',
  'IndicatorCell.repaymentRate',
  'Indicators.par30',
  'Indicators.par90',
  'Indicators.repaymentRate',
  'Indicators.writeOffRatio',
  'MonthlyIndicators.par30',
];

function has(schema: GraphQLSchema, name: string): boolean {
  const [typeName, fieldName] = name.split('.') as [string, string | undefined];
  const type = schema.getType(typeName);
  if (!type || !fieldName) return Boolean(type);
  return (isObjectType(type) || isInputObjectType(type)) && fieldName in type.getFields();
}

describe('GraphQL schema', () => {
  let generated: GraphQLSchema;
  beforeAll(async () => {
    generated = await buildAppSchema();
  });

  it('is committed as apps/api/schema.graphql and up to date (npm run schema -w @revolve/api)', async () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(await printAppSchema());
  });

  it('carries an up-to-date copy of the shared contract', () => {
    if (!fs.existsSync(SHARED_CONTRACT)) return expect(fs.existsSync(CONTRACT_COPY)).toBe(true);
    // Compared as schemas: the copy may be reformatted by Prettier.
    const print = (file: string) => printSchema(buildSchema(fs.readFileSync(file, 'utf8')));
    expect(print(CONTRACT_COPY)).toBe(print(SHARED_CONTRACT));
  });

  it('breaks nothing in the contract except the names later issues own', () => {
    const contract = buildSchema(fs.readFileSync(CONTRACT_COPY, 'utf8'));
    const findings = findBreakingChanges(contract, generated).map((c) => c.description);
    const unexpected = findings.filter((d) => {
      const subject =
        /^Standard scalar (\w+)/.exec(d)?.[1] ??
        /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)/.exec(d)?.[1] ??
        '';
      return !PENDING.includes(subject);
    });
    expect(unexpected).toEqual([]);
  });

  it('still misses every PENDING name (remove a name here when it lands)', () => {
    const contract = buildSchema(fs.readFileSync(CONTRACT_COPY, 'utf8'));
    for (const name of PENDING)
      expect({ name, inContract: has(contract, name) }).toEqual({ name, inContract: true });
    expect(PENDING.filter((name) => has(generated, name))).toEqual([]);
  });

  it('uses Float only for ratios: no money travels as a float', () => {
    const floats: string[] = [];
    for (const type of Object.values(generated.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (/\bFloat\b/.test(String(field.type))) floats.push(`${type.name}.${field.name}`);
        if ('args' in field)
          for (const arg of field.args)
            if (/\bFloat\b/.test(String(arg.type)))
              floats.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(floats.sort()).toEqual(FLOAT_FIELDS);
    const money = generated.getType('Money');
    expect(isObjectType(money) && String(money.getFields().amount?.type)).toBe('Decimal!');
  });
});
