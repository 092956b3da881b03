import { useState } from 'react';
import { type UserError } from '../auth/login-mutation';
import { splitUserErrors } from '../forms/user-errors';

export interface ActionOutcome {
  ok: boolean;
  userErrors: readonly UserError[];
}

/**
 * The state every loan action form shares: userErrors that name one of `fields` go under that
 * field, the rest (SELF_APPROVAL, INVALID_STATE, INSUFFICIENT_FUNDS...) are shown plainly above.
 */
export function useLoanAction(fields: readonly string[]) {
  const [byField, setByField] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  const run = async (action: () => Promise<ActionOutcome | undefined>): Promise<boolean> => {
    setByField({});
    setGeneral(null);
    setUnreachable(false);
    try {
      const outcome = await action();
      if (!outcome) {
        setUnreachable(true);
        return false;
      }
      if (outcome.ok && outcome.userErrors.length === 0) return true;
      // The API names amounts ["input","amount","amount"]: the form has one amount field.
      const split = splitUserErrors(outcome.userErrors, (p) =>
        fields.includes(p.replace(/\.amount$/, '')),
      );
      setByField(
        Object.fromEntries(
          Object.entries(split.byField).map(([k, m]) => [k.replace(/\.amount$/, ''), m]),
        ),
      );
      setGeneral(split.general.map((e) => e.message).join(' ') || null);
      return false;
    } catch {
      setUnreachable(true);
      return false;
    }
  };
  const clear = (field: string) =>
    setByField((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== field)));
  return { byField, general, unreachable, run, clear };
}
