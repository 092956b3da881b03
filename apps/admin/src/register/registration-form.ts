export type Sex = 'FEMALE' | 'MALE';
export const SEXES: readonly Sex[] = ['FEMALE', 'MALE'];
export const RELATIONS = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'OTHER'] as const;
export const OCCUPATIONS = ['WORKS', 'STUDIES', 'NEITHER'] as const;
export const INJURY_KINDS = ['LOWER_LIMB', 'UPPER_LIMB', 'SIGHT', 'HEARING', 'OTHER'] as const;

export interface MemberValues {
  /** Local key for React lists; never sent. */
  key: number;
  relation: string;
  sex: string;
  birthYear: string;
  occupation: string;
}

/** What the form holds: strings as typed, converted only when sent. */
export interface RegistrationValues {
  consentGiven: boolean;
  consentDonorFigures: boolean;
  consentPhotos: boolean;
  fullName: string;
  sex: string;
  birthYear: string;
  districtId: string;
  village: string;
  phone: string;
  household: MemberValues[];
  injuryKind: string;
  injuryYear: string;
  nationalId: string;
  disabilityNotes: string;
  needsAssessment: string;
}

export const emptyRegistration = (districtId = ''): RegistrationValues => ({
  consentGiven: false,
  consentDonorFigures: false,
  consentPhotos: false,
  fullName: '',
  sex: '',
  birthYear: '',
  districtId,
  village: '',
  phone: '',
  household: [],
  injuryKind: '',
  injuryYear: '',
  nationalId: '',
  disabilityNotes: '',
  needsAssessment: '',
});

export const emptyMember = (key: number): MemberValues => ({
  key,
  relation: '',
  sex: '',
  birthYear: '',
  occupation: '',
});
