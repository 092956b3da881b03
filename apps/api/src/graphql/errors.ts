import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable';

/** Codes whose messages are written for clients; anything else is masked as internal. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_TOO_COMPLEX',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SERVICE_UNAVAILABLE',
]);

export const forbidden = (message = 'You are not allowed to do this.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const unauthenticated = () =>
  new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });

export const badInput = (field: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** True when the error is not one we wrote for the client: it gets logged and masked. */
export function isInternalError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) return true;
  const code = original.extensions?.code;
  return typeof code !== 'string' || !PUBLIC_CODES.has(code);
}

/**
 * graphql-js echoes the offending input in its coercion messages ("got invalid value {...}",
 * "cannot represent ...: <value>", "found <value>"). Inputs may hold passwords and PINs, so
 * keep the path and the expected type, drop the value.
 */
export function withoutInputValues(message: string): { message: string; field?: string } {
  let field: string | undefined;
  let text = message;
  const at = / at "([A-Za-z0-9_$.[\]]+)"; /.exec(text);
  if (/got invalid value/.test(text)) {
    field = at?.[1];
    const reason = at ? text.slice(at.index + at[0].length) : text.replace(/^[\s\S]*?; /, '');
    const variable = /^Variable "\$(\w+)"/.exec(text)?.[1];
    field ??= variable;
    text = `Invalid value for "${field ?? 'input'}": ${reason}`;
  }
  text = text
    .replace(/(cannot represent [\w -]*?value)s?: [\s\S]*$/, '$1.')
    .replace(
      /Value (?:"(?:[^"\\]|\\.)*"|\S+) does not exist in "(\w+)" enum/,
      'Value does not exist in "$1" enum',
    )
    .replace(/, found [\s\S]*?(\.|;|$)/, '$1');
  return field ? { message: text, field } : { message: text };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator errors to "path: reason" without values. */
function describeValidation(
  errors: ValidationErrorLike[],
  prefix = '',
): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...describeValidation(e.children ?? [], field)];
  });
}

/** Apollo `formatError`: no stack traces, no input values, internal failures masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // The database going away is not a bug: say so, so that clients know to retry.
  if (isInternalError(error) && isDatabaseUnavailable(original)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (isInternalError(error)) {
    return {
      message: 'Internal server error. Quote the request id when reporting it.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const extensions: Record<string, unknown> = { code: formatted.extensions?.code };
  let message = formatted.message;
  const validationErrors = (original as GraphQLError).extensions?.validationErrors;
  if (Array.isArray(validationErrors)) {
    const problems = describeValidation(validationErrors as ValidationErrorLike[]);
    message = `Invalid input: ${problems.map((p) => p.reason).join('; ')}.`;
    extensions.field = problems[0]?.field;
    extensions.fields = [...new Set(problems.map((p) => p.field))];
  } else if (
    formatted.extensions?.code === 'BAD_USER_INPUT' ||
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'
  ) {
    const clean = withoutInputValues(message);
    message = clean.message;
    const field = formatted.extensions?.field ?? clean.field;
    if (field !== undefined) extensions.field = field;
  }
  for (const key of ['limit', 'actual', 'field'] as const) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}
