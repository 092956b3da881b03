import { type UserError } from '../auth/login-mutation';

/** The input field a userError names (["input","household","0","sex"] → "household.0.sex"). */
export function fieldPath(error: UserError): string | null {
  if (!error.field || error.field.length === 0) return null;
  const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
  return path.length ? path.join('.') : null;
}

/** Splits userErrors into those a form can show on one of its fields and the rest. */
export function splitUserErrors(
  errors: readonly UserError[],
  known: (path: string) => boolean,
): { byField: Record<string, string>; general: UserError[] } {
  const byField: Record<string, string> = {};
  const general: UserError[] = [];
  for (const e of errors) {
    const path = fieldPath(e);
    if (path && known(path))
      byField[path] = byField[path] ? `${byField[path]} ${e.message}` : e.message;
    else general.push(e);
  }
  return { byField, general };
}
