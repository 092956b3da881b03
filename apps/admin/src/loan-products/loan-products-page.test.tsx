import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import {
  CREATE_LOAN_PRODUCT_MUTATION,
  LOAN_PRODUCT_LIST_QUERY,
  type LoanProduct,
  RETIRE_LOAN_PRODUCT_MUTATION,
  UPDATE_LOAN_PRODUCT_MUTATION,
} from './loan-products-documents';

const azn = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'AZN' as const,
});

const startUp: LoanProduct = {
  __typename: 'LoanProduct',
  id: 'p1',
  name: 'Start-up loan',
  nameAz: 'Başlanğıc krediti',
  nameRu: null,
  active: true,
  currency: 'AZN',
  minPrincipal: azn('500.00'),
  maxPrincipal: azn('3000.00'),
  minTermMonths: 6,
  maxTermMonths: 24,
  maxGraceMonths: 3,
  roundingUnit: azn('1.00'),
  requiredCourseTopics: ['ACCOUNTING'],
};
const old: LoanProduct = {
  ...startUp,
  id: 'p0',
  name: 'Pilot loan',
  nameAz: null,
  active: false,
  requiredCourseTopics: [],
};

const listMock = (products: LoanProduct[]) => ({
  request: { query: LOAN_PRODUCT_LIST_QUERY },
  result: { data: { loanProducts: products } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const payload = (product: LoanProduct | null, userErrors: object[] = []) => ({
  __typename: 'LoanProductPayload',
  product,
  userErrors,
});

describe('loan products', () => {
  it('lists products with their limits, courses and status; only active ones change', async () => {
    await renderApp({ path: '/loan-products', mocks: [meMock('ADMIN'), listMock([startUp, old])] });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Start-up loan');
    expect(rows[1]).toHaveTextContent(/500\.00.*3,000\.00/);
    expect(rows[1]).toHaveTextContent('6–24 months');
    expect(rows[1]).toHaveTextContent('3 months');
    expect(rows[1]).toHaveTextContent('Accounting');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[2]).toHaveTextContent('Retired');
    expect(rows[2]).toHaveTextContent('None');
    expect(within(rows[2]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Retire Start-up loan' })).toBeVisible();
  });

  it('names products in the chosen language, the default name where there is none', async () => {
    await renderApp({
      path: '/loan-products',
      language: 'az',
      mocks: [meMock('ADMIN'), listMock([startUp, old])],
    });
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Başlanğıc krediti');
    expect(rows[2]).toHaveTextContent('Pilot loan');
  });

  it('shows an empty list plainly', async () => {
    await renderApp({ path: '/loan-products', mocks: [meMock('ADMIN'), listMock([])] });
    expect(await screen.findByText('No loan products yet')).toBeInTheDocument();
  });

  it('checks fields as they are typed, with the API’s rules', async () => {
    await renderApp({ path: '/loan-products', mocks: [meMock('ADMIN'), listMock([])] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a loan product' }));
    const smallest = screen.getByLabelText(/^Smallest loan/);
    await userEvent.type(smallest, '12.345');
    expect(smallest).toHaveAccessibleDescription(/Smallest loan: write an amount like 1250\.50/);
    await userEvent.clear(smallest);
    await userEvent.type(smallest, '500');
    expect(smallest).not.toHaveAccessibleDescription(/Smallest loan:/);
    const largest = screen.getByLabelText(/^Largest loan/);
    await userEvent.type(largest, '400');
    expect(largest).toHaveAccessibleDescription(/must not be below the smallest loan/);
    await userEvent.type(screen.getByLabelText(/^Longest term/), '12');
    const grace = screen.getByLabelText(/^Longest grace/);
    await userEvent.clear(grace);
    await userEvent.type(grace, '12');
    expect(grace).toHaveAccessibleDescription(/must be shorter than the longest term/);
  });

  it('on submit marks every problem and focuses the first', async () => {
    await renderApp({ path: '/loan-products', mocks: [meMock('ADMIN'), listMock([])] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a loan product' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the product' }));
    const name = screen.getByLabelText(/^Name \*/);
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/Name: this is needed\./);
    expect(screen.getByLabelText(/^Shortest term/)).toHaveAccessibleDescription(
      'Shortest term (months): this is needed.',
    );
  });

  it('creates a product and puts the API’s refusal on its field', async () => {
    const input = {
      name: 'Expansion loan',
      nameAz: null,
      nameRu: 'Кредит на расширение',
      minPrincipal: { amount: '1000', currency: 'AZN' },
      maxPrincipal: { amount: '5000.50', currency: 'AZN' },
      minTermMonths: 6,
      maxTermMonths: 36,
      maxGraceMonths: 0,
      requiredCourseTopics: ['ACCOUNTING', 'MANAGEMENT'],
      currency: 'AZN',
      roundingUnit: '1.00',
    };
    await renderApp({
      path: '/loan-products',
      mocks: [
        meMock('ADMIN'),
        listMock([]),
        {
          request: { query: CREATE_LOAN_PRODUCT_MUTATION, variables: { input } },
          result: {
            data: {
              createLoanProduct: payload(null, [
                {
                  __typename: 'UserError',
                  field: ['input', 'maxPrincipal', 'amount'],
                  code: 'VALIDATION',
                  message: 'The largest loan is above the fund’s limit.',
                },
              ]),
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a loan product' }));
    await userEvent.type(screen.getByLabelText(/^Name \*/), 'Expansion loan');
    await userEvent.type(screen.getByLabelText(/^Name in Russian/), 'Кредит на расширение');
    await userEvent.type(screen.getByLabelText(/^Smallest loan/), '1000');
    await userEvent.type(screen.getByLabelText(/^Largest loan/), '5000.50');
    await userEvent.type(screen.getByLabelText(/^Shortest term/), '6');
    await userEvent.type(screen.getByLabelText(/^Longest term/), '36');
    await userEvent.click(screen.getByLabelText('Management'));
    await userEvent.click(screen.getByLabelText('Accounting'));
    await userEvent.click(screen.getByRole('button', { name: 'Create the product' }));
    const largest = screen.getByLabelText(/^Largest loan/);
    await waitFor(() =>
      expect(largest).toHaveAccessibleDescription(/The largest loan is above the fund’s limit\./),
    );
    await waitFor(() => expect(largest).toHaveFocus());
  });

  it('changes a product’s limits, keeping its currency and rounding unit', async () => {
    const changed = { ...startUp, maxTermMonths: 30 };
    await renderApp({
      path: '/loan-products',
      mocks: [
        meMock('ADMIN'),
        listMock([startUp]),
        {
          request: {
            query: UPDATE_LOAN_PRODUCT_MUTATION,
            variables: {
              input: {
                productId: 'p1',
                name: 'Start-up loan',
                nameAz: 'Başlanğıc krediti',
                nameRu: null,
                minPrincipal: { amount: '500.00', currency: 'AZN' },
                maxPrincipal: { amount: '3000.00', currency: 'AZN' },
                minTermMonths: 6,
                maxTermMonths: 30,
                maxGraceMonths: 3,
                requiredCourseTopics: ['ACCOUNTING'],
              },
            },
          },
          result: { data: { updateLoanProduct: payload(changed) } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change Start-up loan' }));
    expect(screen.queryByLabelText(/^Currency/)).not.toBeInTheDocument();
    const longest = screen.getByLabelText(/^Longest term/);
    await userEvent.clear(longest);
    await userEvent.type(longest, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('The changes to Start-up loan were saved.')).toBeInTheDocument();
  });

  it('retires a product after asking', async () => {
    await renderApp({
      path: '/loan-products',
      mocks: [
        meMock('ADMIN'),
        listMock([startUp]),
        {
          request: {
            query: RETIRE_LOAN_PRODUCT_MUTATION,
            variables: { input: { productId: 'p1' } },
          },
          result: { data: { retireLoanProduct: payload({ ...startUp, active: false }) } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Retire Start-up loan' }));
    expect(screen.getByText(/Retire Start-up loan\? No new applications/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Retire the product' }));
    expect(
      await screen.findByText('Start-up loan was retired: no new applications can use it.'),
    ).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    await renderApp({ path: '/loan-products', mocks: [meMock('ANALYST'), listMock([startUp])] });
    expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
  });
});
