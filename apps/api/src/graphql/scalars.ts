import { isCalendarDate as isDomainCalendarDate } from '@revolve/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// Parse errors name the type, never the value (inputs may hold secrets).
const invalid = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function stringScalar(
  name: string,
  description: string,
  check: (text: string) => boolean,
  expectation: string,
): GraphQLScalarType<string, string> {
  const accept = (value: unknown): string => {
    if (typeof value !== 'string' || !check(value))
      throw invalid(`${name} must be ${expectation}.`);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => {
      if (typeof value !== 'string' || !check(value)) {
        throw new GraphQLError(`${name} cannot represent this value.`);
      }
      return value;
    },
    parseValue: accept,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(`${name} must be ${expectation}.`);
      return accept(ast.value);
    },
  });
}

const DECIMAL = /^-?(0|[1-9]\d{0,30})(\.\d{1,12})?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Real calendar dates only ("2026-02-30" is refused), by the domain's rule. */
export function isCalendarDate(text: string): boolean {
  return isDomainCalendarDate(text);
}

export const DecimalScalar = stringScalar(
  'Decimal',
  'A decimal number as a string, e.g. "1250.00". Never a float.',
  (t) => DECIMAL.test(t),
  'a decimal number written as a string, e.g. "1250.00"',
);

export const DateScalar = stringScalar(
  'Date',
  'A calendar date, "YYYY-MM-DD".',
  isCalendarDate,
  'a calendar date written "YYYY-MM-DD"',
);

export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO-8601 with a time zone, e.g. "2026-03-31T09:30:00.000Z".',
  (t) => DATE_TIME.test(t) && !Number.isNaN(Date.parse(t)),
  'an ISO-8601 date and time with a time zone',
);
