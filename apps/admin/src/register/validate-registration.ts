import { needsInput, validateNeeds } from './needs';
import { type MemberValues, type RegistrationValues } from './registration-form';

export type Problem = 'required' | 'consent' | 'tooShort' | 'tooLong' | 'year' | 'phone';

/** Problems keyed by field path ("fullName", "household.0.birthYear", "injury.year"), in form order. */
export type RegistrationErrors = Record<string, Problem>;

const PHONE = /^\+?[\d\s()-]{7,20}$/;

function checkYear(value: string, min: number, max: number): Problem | undefined {
  if (value.trim() === '') return 'required';
  const year = Number(value);
  return Number.isInteger(year) && year >= min && year <= max ? undefined : 'year';
}

type ProfileValues = Pick<
  RegistrationValues,
  | 'fullName'
  | 'sex'
  | 'birthYear'
  | 'districtId'
  | 'village'
  | 'phone'
  | 'injuryKind'
  | 'injuryYear'
>;

/** The survivor's own fields, shared by registration and profile editing. */
export function validateProfile(v: ProfileValues, thisYear: number): RegistrationErrors {
  const errors: RegistrationErrors = {};
  const add = (path: string, problem: Problem | undefined) => {
    if (problem) errors[path] = problem;
  };
  const name = v.fullName.trim();
  add(
    'fullName',
    name === ''
      ? 'required'
      : name.length < 2
        ? 'tooShort'
        : name.length > 200
          ? 'tooLong'
          : undefined,
  );
  add('sex', v.sex ? undefined : 'required');
  add('birthYear', checkYear(v.birthYear, thisYear - 110, thisYear));
  add('districtId', v.districtId ? undefined : 'required');
  add('village', v.village.trim().length > 100 ? 'tooLong' : undefined);
  add('phone', v.phone.trim() && !PHONE.test(v.phone.trim()) ? 'phone' : undefined);
  if (v.injuryYear.trim() !== '') {
    add('injury.year', checkYear(v.injuryYear, 1950, thisYear));
    add('injury.kind', v.injuryKind ? undefined : 'required');
  }
  return errors;
}

/** Household rows, keyed "household.<index>.<field>". */
export function validateHousehold(
  members: readonly MemberValues[],
  thisYear: number,
): RegistrationErrors {
  const errors: RegistrationErrors = {};
  members.forEach((m, i) => {
    if (!m.relation) errors[`household.${i}.relation`] = 'required';
    if (!m.sex) errors[`household.${i}.sex`] = 'required';
    const year = checkYear(m.birthYear, thisYear - 110, thisYear);
    if (year) errors[`household.${i}.birthYear`] = year;
    if (!m.occupation) errors[`household.${i}.occupation`] = 'required';
  });
  return errors;
}

export function validateRegistration(v: RegistrationValues, thisYear: number): RegistrationErrors {
  const profile = validateProfile(v, thisYear);
  const injury = Object.fromEntries(
    Object.entries(profile).filter(([k]) => k.startsWith('injury.')),
  );
  const own = Object.fromEntries(Object.entries(profile).filter(([k]) => !k.startsWith('injury.')));
  // Form order: consent first (without it nothing else may be recorded), then person, household,
  // injury, needs.
  return {
    ...(v.consentGiven ? {} : { consentGiven: 'consent' as const }),
    ...own,
    ...validateHousehold(v.household, thisYear),
    ...injury,
    ...validateNeeds(v),
  };
}

export const toMemberInput = (m: MemberValues) => ({
  relation: m.relation,
  sex: m.sex,
  birthYear: Number(m.birthYear),
  occupation: m.occupation,
});

/** The mutation's input; the household size is the number of members listed. */
export function toRegisterInput(v: RegistrationValues) {
  const optional = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    consentGiven: v.consentGiven,
    consentDonorFigures: v.consentDonorFigures,
    consentPhotos: v.consentPhotos,
    fullName: v.fullName.trim(),
    sex: v.sex,
    birthYear: Number(v.birthYear),
    districtId: v.districtId,
    village: optional(v.village),
    phone: optional(v.phone),
    ...needsInput(v),
    householdSize: v.household.length,
    household: v.household.map(toMemberInput),
    injury: v.injuryKind
      ? { kind: v.injuryKind, year: v.injuryYear.trim() ? Number(v.injuryYear) : null }
      : null,
  };
}
