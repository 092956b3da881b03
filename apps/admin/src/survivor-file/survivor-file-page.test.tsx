import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { SURVIVOR_COURSES_QUERY } from './courses-section';
import { AGJ, districtsMock, FUZ, meMock } from '../test-mocks';
import { loanSummary, loansMock } from '../loans/loan-test-data';
import { BENEFICIARY_QUERY, type SurvivorFile } from './beneficiary-query';
import {
  SET_PIN_MUTATION,
  UPDATE_CONSENT_MUTATION,
  WITHDRAW_CONSENT_MUTATION,
} from './consent-mutations';
import { UPDATE_HOUSEHOLD_MUTATION, UPDATE_PROFILE_MUTATION } from './file-mutations';
import { caseNote, notesMock, referralsMock } from './cases-test-data';

const consent = {
  __typename: 'Consent' as const,
  active: true,
  givenOn: '2026-03-02',
  recordedBy: 'Leyla Həsənova',
  dataUse: true,
  donorFigures: true,
  photos: false,
  referrals: false,
  withdrawnOn: null,
};

const survivor = (extra: Partial<SurvivorFile> = {}): SurvivorFile => ({
  __typename: 'Beneficiary',
  id: 'b1',
  code: 'AGJ-001',
  fullName: 'Elvin Məmmədov',
  sex: 'MALE',
  birthYear: 1962,
  phone: '+994500000001',
  village: 'Kəngərli',
  nationalId: null,
  disabilityNotes: null,
  needsAssessment: null,
  householdSize: 1,
  portalAccess: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  district: { __typename: 'District', id: AGJ.id, name: AGJ.name },
  injury: { __typename: 'Injury', kind: 'LOWER_LIMB', year: 1994 },
  household: [
    {
      __typename: 'HouseholdMember',
      id: 'h1',
      relation: 'SPOUSE',
      sex: 'FEMALE',
      birthYear: 1965,
      occupation: 'WORKS',
    },
  ],
  consent,
  ...extra,
});

const noLoans = loansMock({ beneficiaryId: 'b1' }, []);

const fileMock = (s: SurvivorFile | null) => ({
  request: { query: BENEFICIARY_QUERY, variables: { id: 'b1' } },
  result: { data: { beneficiary: s } },
});

const pinMock = (pin: string, payload: object) => ({
  request: { query: SET_PIN_MUTATION, variables: { input: { beneficiaryId: 'b1', pin } } },
  result: { data: { setBeneficiaryPin: { __typename: 'UserPayload', ...payload } } },
});

function fixRandom(value: number) {
  return jest.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(((a: Uint32Array) => {
    a[0] = value;
    return a;
  }) as typeof crypto.getRandomValues);
}

afterEach(() => jest.restoreAllMocks());

describe('survivor file', () => {
  it('shows profile, household, consent, loans and courses, case notes and referrals', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        loansMock({ beneficiaryId: 'b1' }, [loanSummary({ status: 'ACTIVE' })]),
        fileMock(survivor()),
        notesMock([caseNote()]),
        referralsMock([]),
        {
          request: { query: SURVIVOR_COURSES_QUERY, variables: { id: 'b1', language: 'EN' } },
          result: {
            data: {
              beneficiary: {
                __typename: 'Beneficiary',
                id: 'b1',
                enrollments: [
                  {
                    __typename: 'Enrollment',
                    id: 'e1',
                    status: 'COMPLETED',
                    waitlistPosition: null,
                    certificateNumber: 'ACC-2025-0001',
                    session: {
                      __typename: 'CourseSession',
                      id: 's1',
                      startsOn: '2025-02-26',
                      course: { __typename: 'Course', id: 'c1', title: 'Bookkeeping' },
                      district: { __typename: 'District', id: AGJ.id, name: AGJ.name },
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'AGJ-001 · Elvin Məmmədov' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Leg or foot, 1994')).toBeInTheDocument();
    const household = screen.getByRole('region', { name: 'Household members' });
    expect(within(household).getByRole('cell', { name: 'Spouse' })).toBeInTheDocument();
    const consentRegion = screen.getByRole('region', { name: 'Consent' });
    expect(within(consentRegion).getByText('Leyla Həsənova')).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Case notes' });
    expect(await within(notes).findByText('Visited the workshop.')).toBeInTheDocument();
    const referrals = screen.getByRole('region', { name: 'Referrals' });
    expect(await within(referrals).findByText('No referrals yet.')).toBeInTheDocument();
    const courses = screen.getByRole('region', { name: 'Courses' });
    expect(await within(courses).findByRole('link', { name: 'Bookkeeping' })).toHaveAttribute(
      'href',
      '/admin/courses/s1',
    );
    expect(courses).toHaveTextContent(/Completed · certificate ACC-2025-0001/);
    const loans = screen.getByRole('region', { name: 'Loans' });
    expect(await within(loans).findByRole('link', { name: 'LN-2026-0007' })).toHaveAttribute(
      'href',
      '/admin/loans/l1',
    );
    expect(within(loans).getByText('Active')).toBeInTheDocument();
    expect(within(loans).getByRole('link', { name: 'Prepare a loan application' })).toHaveAttribute(
      'href',
      '/admin/beneficiaries/b1/apply',
    );
  });

  it('says so when the survivor does not exist or is out of reach', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [meMock('ADMIN'), noLoans, fileMock(null)],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Survivor not found' }),
    ).toBeInTheDocument();
  });

  it('gives portal access with a new PIN and shows it once', async () => {
    fixRandom(482_913);
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        pinMock('482913', {
          user: { __typename: 'User', id: 'p1', username: '+994500000001' },
          userErrors: [],
        }),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Give portal access (new PIN)' }),
    );
    expect(await screen.findByText('482913')).toBeInTheDocument();
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    expect(screen.getByText('Can sign in to the portal')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'I have given the PIN, hide it' }));
    expect(screen.queryByText('482913')).not.toBeInTheDocument();
    // Resetting now asks first: the old PIN stops working.
    await userEvent.click(screen.getByRole('button', { name: 'Reset the PIN' }));
    expect(screen.getByText(/old PIN will stop working/)).toBeInTheDocument();
  });

  it('shows the API’s refusal and no PIN', async () => {
    fixRandom(482_913);
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        pinMock('482913', {
          user: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: ['input', 'beneficiaryId'],
              code: 'PHONE_IN_USE',
              message: 'Another account signs in with this phone number.',
            },
          ],
        }),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Give portal access (new PIN)' }),
    );
    const access = screen.getByRole('region', { name: 'Portal access' });
    expect(await within(access).findByRole('alert')).toHaveTextContent(
      'Another account signs in with this phone number.',
    );
    expect(screen.queryByText('482913')).not.toBeInTheDocument();
  });

  it('explains why there is no PIN button without a phone number', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [meMock('CASE_MANAGER'), noLoans, fileMock(survivor({ phone: null }))],
    });
    expect(await screen.findByText(/Record a phone number first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /PIN/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Give a one-time code' })).not.toBeInTheDocument();
  });

  it('offers a one-time code for the first sign-in beside the PIN', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [meMock('CASE_MANAGER'), noLoans, fileMock(survivor())],
    });
    const region = await screen.findByRole('region', { name: 'Portal access' });
    expect(within(region).getByRole('button', { name: 'Give a one-time code' })).toBeEnabled();
  });

  it('records a withdrawal of consent after confirming', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        {
          request: {
            query: WITHDRAW_CONSENT_MUTATION,
            variables: { input: { beneficiaryId: 'b1' } },
          },
          result: {
            data: {
              withdrawBeneficiaryConsent: {
                __typename: 'BeneficiaryPayload',
                beneficiary: {
                  __typename: 'Beneficiary',
                  id: 'b1',
                  portalAccess: false,
                  consent: { ...consent, active: false, withdrawnOn: '2026-11-27' },
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record withdrawal of consent' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, record the withdrawal' }));
    const region = screen.getByRole('region', { name: 'Consent' });
    await waitFor(() => expect(within(region).getByText('Withdrawn on')).toBeInTheDocument());
    expect(within(region).getByText('Withdrawn')).toBeInTheDocument();
    expect(screen.getByText(/Consent was withdrawn, so no new PIN can be set/)).toBeInTheDocument();
  });

  it('edits the profile: checks fields, then shows the API’s userError on its field', async () => {
    const input = {
      beneficiaryId: 'b1',
      fullName: 'Elvin Məmmədov',
      sex: 'MALE',
      birthYear: 1962,
      districtId: FUZ.id,
      village: 'Kəngərli',
      phone: '+994 50 999 99 99',
      nationalId: null,
      disabilityNotes: null,
      needsAssessment: null,
      injury: { kind: 'LOWER_LIMB', year: 1994 },
    };
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        districtsMock('CASE_MANAGER'),
        fileMock(survivor()),
        {
          request: { query: UPDATE_PROFILE_MUTATION, variables: { input } },
          result: {
            data: {
              updateBeneficiaryProfile: {
                __typename: 'BeneficiaryPayload',
                beneficiary: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'phone'],
                    code: 'PHONE_IN_USE',
                    message: 'Another survivor has this phone number.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change the profile' }));
    const year = screen.getByRole('textbox', { name: /^Birth year/ });
    await userEvent.clear(year);
    await userEvent.type(year, '2099');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(year).toHaveFocus();
    expect(year).toHaveAccessibleDescription(/Birth year: enter a year with 4 digits/);
    await userEvent.clear(year);
    await userEvent.type(year, '1962');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^District/ }), FUZ.id);
    const phone = screen.getByLabelText(/Phone number/);
    await userEvent.clear(phone);
    await userEvent.type(phone, '+994 50 999 99 99');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(phone).toHaveFocus());
    expect(phone).toHaveAccessibleDescription(
      /Phone number: Another survivor has this phone number./,
    );
  });

  it('replaces the household and shows the saved list', async () => {
    const members = [
      { relation: 'SPOUSE', sex: 'FEMALE', birthYear: 1965, occupation: 'WORKS' },
      { relation: 'CHILD', sex: 'FEMALE', birthYear: 2012, occupation: 'STUDIES' },
    ];
    const saved = survivor({
      householdSize: 2,
      household: members.map((m, i) => ({
        __typename: 'HouseholdMember' as const,
        id: `h${i}`,
        ...m,
      })),
    });
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        {
          request: {
            query: UPDATE_HOUSEHOLD_MUTATION,
            variables: { input: { beneficiaryId: 'b1', members } },
          },
          result: {
            data: {
              updateBeneficiaryHousehold: {
                __typename: 'BeneficiaryPayload',
                beneficiary: saved,
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change the household' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a household member' }));
    const second = screen.getByRole('group', { name: 'Household member 2' });
    await userEvent.selectOptions(within(second).getByLabelText('Relation'), 'CHILD');
    await userEvent.selectOptions(within(second).getByLabelText('Sex'), 'FEMALE');
    await userEvent.type(within(second).getByLabelText('Birth year'), '2012');
    await userEvent.selectOptions(within(second).getByLabelText('Works or studies'), 'STUDIES');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.getByText('2 people live with the survivor.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Child' })).toBeInTheDocument();
  });

  it('changes the optional consent scopes', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        {
          request: {
            query: UPDATE_CONSENT_MUTATION,
            variables: {
              input: { beneficiaryId: 'b1', donorFigures: false, photos: true, referrals: false },
            },
          },
          result: {
            data: {
              updateBeneficiaryConsent: {
                __typename: 'BeneficiaryPayload',
                beneficiary: {
                  __typename: 'Beneficiary',
                  id: 'b1',
                  consent: { ...consent, donorFigures: false, photos: true },
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change what they agreed to' }),
    );
    await userEvent.click(screen.getByLabelText(/share anonymous figures with donors/));
    await userEvent.click(screen.getByLabelText(/agree to photos/));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const region = screen.getByRole('region', { name: 'Consent' });
    expect(await within(region).findByText('Saved.')).toBeInTheDocument();
    const photos = within(region).getByText('Photos').nextElementSibling;
    expect(photos).toHaveTextContent('Yes');
  });

  it('shows the referrals scope and records the survivor agreeing to it', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
        noLoans,
        fileMock(survivor()),
        {
          request: {
            query: UPDATE_CONSENT_MUTATION,
            variables: {
              input: { beneficiaryId: 'b1', donorFigures: true, photos: false, referrals: true },
            },
          },
          result: {
            data: {
              updateBeneficiaryConsent: {
                __typename: 'BeneficiaryPayload',
                beneficiary: {
                  __typename: 'Beneficiary',
                  id: 'b1',
                  consent: { ...consent, referrals: true },
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const region = await screen.findByRole('region', { name: 'Consent' });
    const shown = () =>
      within(region).getByText('Share details with services they are referred to');
    expect(shown().nextElementSibling).toHaveTextContent('No');
    await userEvent.click(
      within(region).getByRole('button', { name: 'Change what they agreed to' }),
    );
    const box = screen.getByLabelText(/share their details with services they are referred to/);
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(region).findByText('Saved.')).toBeInTheDocument();
    expect(shown().nextElementSibling).toHaveTextContent('Yes');
  });
});
