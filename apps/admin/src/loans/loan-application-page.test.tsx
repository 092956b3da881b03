import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BENEFICIARY_QUERY, type SurvivorFile } from '../survivor-file/beneficiary-query';
import { AGJ, meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { LOAN_PRODUCTS_QUERY, SUBMIT_APPLICATION_MUTATION } from './loan-documents';
import { loanDetail, PRODUCT } from './loan-test-data';

const survivor: SurvivorFile = {
  __typename: 'Beneficiary',
  id: 'b1',
  code: 'AGJ-001',
  fullName: 'Elvin Məmmədov',
  sex: 'MALE',
  birthYear: 1962,
  phone: null,
  village: null,
  nationalId: null,
  disabilityNotes: null,
  needsAssessment: null,
  householdSize: 0,
  portalAccess: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  district: { __typename: 'District', id: AGJ.id, name: AGJ.name },
  injury: null,
  household: [],
  consent: {
    __typename: 'Consent',
    active: true,
    givenOn: '2026-03-02',
    recordedBy: null,
    dataUse: true,
    donorFigures: true,
    photos: false,
    referrals: false,
    withdrawnOn: null,
  },
};

const base = [
  meMock('CASE_MANAGER'),
  {
    request: { query: BENEFICIARY_QUERY, variables: { id: 'b1' } },
    result: { data: { beneficiary: survivor } },
  },
  {
    request: { query: LOAN_PRODUCTS_QUERY },
    result: { data: { loanProducts: [PRODUCT] } },
  },
];

const input = {
  beneficiaryId: 'b1',
  productId: 'p1',
  purpose: 'START_UP',
  businessDescription: 'A small bakery in the village',
  expectedMonthlyIncome: null,
  expectedMonthlyCosts: null,
  familyWorkers: null,
  principal: { amount: '1000', currency: 'AZN' as const },
  termMonths: 12,
  graceMonths: 2,
};

async function fillIn() {
  await userEvent.selectOptions(await screen.findByLabelText(/^Loan product/), 'p1');
  await userEvent.selectOptions(screen.getByLabelText(/^Purpose/), 'START_UP');
  await userEvent.type(screen.getByLabelText(/^Business plan/), input.businessDescription);
  await userEvent.type(screen.getByLabelText(/^Amount to borrow/), '1000');
  await userEvent.type(screen.getByLabelText(/^Term in months/), '12');
  await userEvent.clear(screen.getByLabelText(/^Grace months/));
  await userEvent.type(screen.getByLabelText(/^Grace months/), '2');
}

describe('loan application wizard', () => {
  it('previews the schedule from the domain as the officer types', async () => {
    await renderApp({ path: '/beneficiaries/b1/apply', mocks: base });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Loan application for AGJ-001/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Choose a product and enter an amount/)).toBeInTheDocument();
    await fillIn();
    const preview = screen.getByRole('table', { name: /Instalments if the loan were paid out/ });
    const rows = within(preview).getAllByRole('row');
    expect(rows).toHaveLength(11); // header + 10 instalments after 2 months of grace
    expect(rows[1]).toHaveTextContent('100.00');
    expect(screen.getByText(/10 instalments if paid out today/)).toBeInTheDocument();
    // A product limit breached: the preview goes and the field says why.
    await userEvent.type(screen.getByLabelText(/^Amount to borrow/), '0');
    expect(screen.getByLabelText(/^Amount to borrow/)).toHaveAccessibleDescription(
      /Amount to borrow: The amount must be between 500.00 AZN and 5000.00 AZN./,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('ties problems to their fields and focuses the first on submit', async () => {
    await renderApp({ path: '/beneficiaries/b1/apply', mocks: base });
    await userEvent.type(await screen.findByLabelText(/^Amount to borrow/), '1,5');
    await userEvent.click(screen.getByRole('button', { name: 'Submit to the committee' }));
    expect(screen.getByLabelText(/^Loan product/)).toHaveFocus();
    expect(screen.getByLabelText(/^Loan product/)).toHaveAccessibleDescription(
      'Loan product: this is required.',
    );
    expect(screen.getByLabelText(/^Amount to borrow/)).toHaveAccessibleDescription(
      /"1,5" is not a decimal amount like 1250.50./,
    );
  });

  it('shows the API’s userErrors on their fields and plainly above', async () => {
    await renderApp({
      path: '/beneficiaries/b1/apply',
      mocks: [
        ...base,
        {
          request: { query: SUBMIT_APPLICATION_MUTATION, variables: { input } },
          result: {
            data: {
              submitLoanApplication: {
                __typename: 'LoanPayload',
                loan: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'principal', 'amount'],
                    code: 'INSUFFICIENT_FUNDS',
                    message: 'The fund cannot cover this amount.',
                  },
                  {
                    __typename: 'UserError',
                    field: null,
                    code: 'ACTIVE_LOAN_EXISTS',
                    message: 'The borrower already has a loan that is not closed.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Submit to the committee' }));
    const amount = screen.getByLabelText(/^Amount to borrow/);
    await waitFor(() =>
      expect(amount).toHaveAccessibleDescription(
        /Amount to borrow: The fund cannot cover this amount./,
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The borrower already has a loan that is not closed.',
    );
  });

  it('submits and opens the new loan', async () => {
    const { router } = await renderApp({
      path: '/beneficiaries/b1/apply',
      mocks: [
        ...base,
        {
          request: { query: SUBMIT_APPLICATION_MUTATION, variables: { input } },
          result: {
            data: {
              submitLoanApplication: {
                __typename: 'LoanPayload',
                loan: loanDetail({ id: 'l9' }),
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Submit to the committee' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/loans/l9'));
  });

  it('sends the plan’s figures in the product currency, and checks the family members', async () => {
    const withPlan = {
      ...input,
      expectedMonthlyIncome: { amount: '450.50', currency: 'AZN' as const },
      expectedMonthlyCosts: { amount: '120', currency: 'AZN' as const },
      familyWorkers: 2,
    };
    const { router } = await renderApp({
      path: '/beneficiaries/b1/apply',
      mocks: [
        ...base,
        {
          request: { query: SUBMIT_APPLICATION_MUTATION, variables: { input: withPlan } },
          result: {
            data: {
              submitLoanApplication: {
                __typename: 'LoanPayload',
                loan: loanDetail({ id: 'l10' }),
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await fillIn();
    await userEvent.type(screen.getByLabelText(/^Expected income a month/), '450.50');
    await userEvent.type(screen.getByLabelText(/^Expected costs a month/), '120');
    const workers = screen.getByLabelText(/^Family members who will work in it/);
    await userEvent.type(workers, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Submit to the committee' }));
    expect(workers).toHaveFocus();
    expect(workers).toHaveAccessibleDescription(/enter a whole number from 0 to 50./);
    await userEvent.clear(workers);
    await userEvent.type(workers, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Submit to the committee' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/loans/l10'));
  });

  it('is only for case managers', async () => {
    await renderApp({ path: '/beneficiaries/b1/apply', mocks: [meMock('APPROVER')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });
});
