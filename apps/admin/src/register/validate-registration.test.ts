import { emptyMember, emptyRegistration, type RegistrationValues } from './registration-form';
import { toRegisterInput, validateRegistration } from './validate-registration';

const valid: RegistrationValues = {
  ...emptyRegistration('d1'),
  consentGiven: true,
  fullName: '  Aygün   Əliyeva ',
  sex: 'FEMALE',
  birthYear: '1980',
  phone: '+994 50 123 45 67',
};

describe('validateRegistration', () => {
  it('accepts a complete registration', () => {
    expect(validateRegistration(valid, 2026)).toEqual({});
  });

  it('refuses without consent, first of all', () => {
    const errors = validateRegistration({ ...valid, consentGiven: false, fullName: '' }, 2026);
    expect(Object.keys(errors)).toEqual(['consentGiven', 'fullName']);
    expect(errors.consentGiven).toBe('consent');
  });

  it('names each missing required field', () => {
    expect(validateRegistration({ ...emptyRegistration(), consentGiven: true }, 2026)).toEqual({
      fullName: 'required',
      sex: 'required',
      birthYear: 'required',
      districtId: 'required',
    });
  });

  it('refuses birth years in the future or over 110 years ago, and odd phones', () => {
    expect(validateRegistration({ ...valid, birthYear: '2027', phone: 'call me' }, 2026)).toEqual({
      birthYear: 'year',
      phone: 'phone',
    });
    expect(validateRegistration({ ...valid, birthYear: '1915' }, 2026)).toEqual({
      birthYear: 'year',
    });
    expect(validateRegistration({ ...valid, birthYear: '1916' }, 2026)).toEqual({});
  });

  it('checks every household row by its index', () => {
    const household = [
      {
        ...emptyMember(1),
        relation: 'CHILD',
        sex: 'MALE',
        birthYear: '2010',
        occupation: 'STUDIES',
      },
      { ...emptyMember(2), relation: 'SPOUSE' },
    ];
    expect(validateRegistration({ ...valid, household }, 2026)).toEqual({
      'household.1.sex': 'required',
      'household.1.birthYear': 'required',
      'household.1.occupation': 'required',
    });
  });

  it('wants the kind of injury when its year is given', () => {
    expect(validateRegistration({ ...valid, injuryYear: '1994' }, 2026)).toEqual({
      'injury.kind': 'required',
    });
    expect(
      validateRegistration({ ...valid, injuryKind: 'SIGHT', injuryYear: '1949' }, 2026),
    ).toEqual({
      'injury.year': 'year',
    });
  });
});

describe('ID card, disability and needs', () => {
  it('are optional, within the API limits, and blank is null', () => {
    expect(validateRegistration({ ...valid, nationalId: 'x'.repeat(21) }, 2026)).toEqual({
      nationalId: 'tooLong',
    });
    expect(validateRegistration({ ...valid, needsAssessment: 'x'.repeat(4001) }, 2026)).toEqual({
      needsAssessment: 'tooLong',
    });
    expect(
      toRegisterInput({
        ...valid,
        nationalId: ' AZE1 ',
        disabilityNotes: '  ',
        needsAssessment: '',
      }),
    ).toMatchObject({ nationalId: 'AZE1', disabilityNotes: null, needsAssessment: null });
  });
});

describe('toRegisterInput', () => {
  it('trims, converts numbers, and sets the household size from the rows', () => {
    const input = toRegisterInput({
      ...valid,
      household: [
        { key: 1, relation: 'CHILD', sex: 'MALE', birthYear: '2010', occupation: 'STUDIES' },
      ],
      injuryKind: 'LOWER_LIMB',
      injuryYear: '1994',
    });
    expect(input).toMatchObject({
      fullName: 'Aygün   Əliyeva',
      birthYear: 1980,
      village: null,
      householdSize: 1,
      household: [{ relation: 'CHILD', sex: 'MALE', birthYear: 2010, occupation: 'STUDIES' }],
      injury: { kind: 'LOWER_LIMB', year: 1994 },
    });
    expect(input.household[0]).not.toHaveProperty('key');
  });
});
