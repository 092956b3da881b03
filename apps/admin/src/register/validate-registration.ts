import { type RegistrationValues } from './registration-form';

export type Problem = 'required' | 'consent' | 'tooShort' | 'tooLong' | 'year' | 'phone';

/** Problems keyed by field path ("fullName", "household.0.birthYear", "injury.year"), in form order. */
export type RegistrationErrors = Record<string, Problem>;

const PHONE = /^\+?[\d\s()-]{7,20}$/;

function checkYear(value: string, min: number, max: number): Problem | undefined {
  if (value.trim() === '') return 'required';
  const year = Number(value);
  return Number.isInteger(year) && year >= min && year <= max ? undefined : 'year';
}

export function validateRegistration(v: RegistrationValues, thisYear: number): RegistrationErrors {
  const errors: RegistrationErrors = {};
  const add = (path: string, problem: Problem | undefined) => {
    if (problem) errors[path] = problem;
  };
  // Consent comes first: without it nothing else may be recorded.
  add('consentGiven', v.consentGiven ? undefined : 'consent');
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
  v.household.forEach((m, i) => {
    add(`household.${i}.relation`, m.relation ? undefined : 'required');
    add(`household.${i}.sex`, m.sex ? undefined : 'required');
    add(`household.${i}.birthYear`, checkYear(m.birthYear, thisYear - 110, thisYear));
    add(`household.${i}.occupation`, m.occupation ? undefined : 'required');
  });
  if (v.injuryYear.trim() !== '') {
    add('injury.year', checkYear(v.injuryYear, 1950, thisYear));
    add('injury.kind', v.injuryKind ? undefined : 'required');
  }
  return errors;
}

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
    householdSize: v.household.length,
    household: v.household.map((m) => ({
      relation: m.relation,
      sex: m.sex,
      birthYear: Number(m.birthYear),
      occupation: m.occupation,
    })),
    injury: v.injuryKind
      ? { kind: v.injuryKind, year: v.injuryYear.trim() ? Number(v.injuryYear) : null }
      : null,
  };
}
