import { type Problem, type RegistrationErrors } from './validate-registration';

/** The survivor's ID card number and what the case manager notes about disability and needs. */
export interface NeedsValues {
  nationalId: string;
  disabilityNotes: string;
  needsAssessment: string;
}

export const NEEDS_FIELDS = ['nationalId', 'disabilityNotes', 'needsAssessment'] as const;

// The API's limits (MaxLength on the inputs).
const LIMITS: Record<keyof NeedsValues, number> = {
  nationalId: 20,
  disabilityNotes: 4000,
  needsAssessment: 4000,
};

export function validateNeeds(v: NeedsValues): RegistrationErrors {
  const errors: RegistrationErrors = {};
  for (const f of NEEDS_FIELDS)
    if (v[f].trim().length > LIMITS[f]) errors[f] = 'tooLong' satisfies Problem;
  return errors;
}

/** The input fields: blank is null (nothing recorded, or cleared on an edit). */
export function needsInput(v: NeedsValues) {
  const optional = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    nationalId: optional(v.nationalId),
    disabilityNotes: optional(v.disabilityNotes),
    needsAssessment: optional(v.needsAssessment),
  };
}
