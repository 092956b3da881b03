import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { AGJ, meMock } from '../test-mocks';
import { BENEFICIARY_QUERY, type SurvivorFile } from './beneficiary-query';
import { SET_PIN_MUTATION, WITHDRAW_CONSENT_MUTATION } from './consent-mutations';

const consent = {
  __typename: 'Consent' as const,
  active: true,
  givenOn: '2026-03-02',
  recordedBy: 'Leyla Həsənova',
  dataUse: true,
  donorFigures: true,
  photos: false,
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
  it('shows profile, household and consent, and says loans and courses come later', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [meMock('CASE_MANAGER'), fileMock(survivor())],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'AGJ-001 · Elvin Məmmədov' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Leg or foot, 1994')).toBeInTheDocument();
    const household = screen.getByRole('region', { name: 'Household members' });
    expect(within(household).getByRole('cell', { name: 'Spouse' })).toBeInTheDocument();
    const consentRegion = screen.getByRole('region', { name: 'Consent' });
    expect(within(consentRegion).getByText('Leyla Həsənova')).toBeInTheDocument();
    expect(screen.getByText(/will appear in this file in a later release/)).toBeInTheDocument();
  });

  it('says so when the survivor does not exist or is out of reach', async () => {
    await renderApp({ path: '/beneficiaries/b1', mocks: [meMock('ADMIN'), fileMock(null)] });
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
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another account signs in with this phone number.',
    );
    expect(screen.queryByText('482913')).not.toBeInTheDocument();
  });

  it('explains why there is no PIN button without a phone number', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [meMock('CASE_MANAGER'), fileMock(survivor({ phone: null }))],
    });
    expect(await screen.findByText(/Record a phone number first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /PIN/ })).not.toBeInTheDocument();
  });

  it('records a withdrawal of consent after confirming', async () => {
    await renderApp({
      path: '/beneficiaries/b1',
      mocks: [
        meMock('CASE_MANAGER'),
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
    expect(
      screen.getByText(/Consent was withdrawn, so portal access cannot be given/),
    ).toBeInTheDocument();
  });
});
