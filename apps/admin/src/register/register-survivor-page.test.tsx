import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { AGJ, districtsMock, meMock } from '../test-mocks';
import { REGISTER_MUTATION } from './register-mutation';

const base = [meMock('CASE_MANAGER'), districtsMock('CASE_MANAGER')];

const input = {
  consentGiven: true,
  consentDonorFigures: false,
  consentPhotos: false,
  fullName: 'Aygün Əliyeva',
  sex: 'FEMALE',
  birthYear: 1980,
  districtId: AGJ.id,
  village: 'Kəngərli',
  phone: '+994 50 123 45 67',
  nationalId: 'AZE1234567',
  disabilityNotes: null,
  needsAssessment: 'Tools for a tailoring workshop.',
  householdSize: 1,
  household: [{ relation: 'CHILD', sex: 'MALE', birthYear: 2010, occupation: 'STUDIES' }],
  injury: { kind: 'LOWER_LIMB', year: 1994 },
};

const registerMock = (payload: object) => ({
  request: { query: REGISTER_MUTATION, variables: { input } },
  result: { data: { registerBeneficiary: { __typename: 'BeneficiaryPayload', ...payload } } },
});

async function fillValidForm() {
  await userEvent.click(await screen.findByLabelText(/agrees to the programme keeping/));
  await userEvent.type(screen.getByLabelText(/Full name/), 'Aygün Əliyeva');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Sex/ }), 'FEMALE');
  await userEvent.type(screen.getByRole('textbox', { name: /^Birth year/ }), '1980');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^District/ }), AGJ.id);
  await userEvent.type(screen.getByLabelText('Village'), 'Kəngərli');
  await userEvent.type(screen.getByLabelText(/Phone number/), '+994 50 123 45 67');
  await userEvent.click(screen.getByRole('button', { name: 'Add a household member' }));
  const member = screen.getByRole('group', { name: 'Household member 1' });
  await userEvent.selectOptions(within(member).getByLabelText('Relation'), 'CHILD');
  await userEvent.selectOptions(within(member).getByLabelText('Sex'), 'MALE');
  await userEvent.type(within(member).getByLabelText('Birth year'), '2010');
  await userEvent.selectOptions(within(member).getByLabelText('Works or studies'), 'STUDIES');
  await userEvent.selectOptions(screen.getByLabelText('Kind of injury'), 'LOWER_LIMB');
  await userEvent.type(screen.getByLabelText('Year of the incident'), '1994');
  await userEvent.type(screen.getByLabelText('ID card number'), 'AZE1234567');
  await userEvent.type(
    screen.getByLabelText(/^Needs assessment/),
    'Tools for a tailoring workshop.',
  );
}

describe('register a survivor', () => {
  it('explains consent first and refuses to register without it, focusing the checkbox', async () => {
    await renderApp({ path: '/beneficiaries/new', mocks: base });
    expect(
      await screen.findByText(/registration is impossible without consent/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    const consent = screen.getByLabelText(/agrees to the programme keeping/);
    expect(consent).toHaveFocus();
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(
      /^Consent: without consent the survivor cannot be registered/,
    );
    expect(screen.getByLabelText(/Full name/)).toHaveAccessibleDescription(
      'Full name: please fill this in.',
    );
  });

  it('offers only the case manager’s districts', async () => {
    await renderApp({ path: '/beneficiaries/new', mocks: base });
    const district = await screen.findByRole('combobox', { name: /^District/ });
    expect(
      within(district)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Aghjabedi', 'Fuzuli']);
  });

  it('adds and removes household rows, checking each by its number', async () => {
    await renderApp({ path: '/beneficiaries/new', mocks: base });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a household member' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a household member' }));
    expect(screen.getAllByRole('group', { name: /^Household member \d/ })).toHaveLength(2);
    await userEvent.click(screen.getByLabelText(/agrees to the programme keeping/));
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    const second = screen.getByRole('group', { name: 'Household member 2' });
    expect(within(second).getByLabelText('Birth year')).toHaveAccessibleDescription(
      'Member 2, Birth year: please fill this in.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove member 1' }));
    expect(screen.getAllByRole('group', { name: /^Household member \d/ })).toHaveLength(1);
  });

  it('registers and opens the new survivor’s file', async () => {
    const { router } = await renderApp({
      path: '/beneficiaries/new',
      mocks: [
        ...base,
        registerMock({
          beneficiary: { __typename: 'Beneficiary', id: 'b-new', code: 'AGJ-025' },
          userErrors: [],
        }),
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/beneficiaries/b-new'));
  });

  it('puts the API’s userErrors on their fields and focuses the first', async () => {
    await renderApp({
      path: '/beneficiaries/new',
      mocks: [
        ...base,
        registerMock({
          beneficiary: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: ['input', 'phone'],
              code: 'VALIDATION',
              message: 'Phone number must look like +994 50 123 45 67.',
            },
            {
              __typename: 'UserError',
              field: ['input', 'household', '0', 'birthYear'],
              code: 'VALIDATION',
              message: 'Too old.',
            },
            { __typename: 'UserError', field: null, code: 'SOMETHING', message: 'Try later.' },
          ],
        }),
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    const phone = screen.getByLabelText(/Phone number/);
    await waitFor(() => expect(phone).toHaveFocus());
    expect(phone).toHaveAccessibleDescription(/Phone number: Phone number must look like/);
    const member = screen.getByRole('group', { name: 'Household member 1' });
    expect(within(member).getByLabelText('Birth year')).toHaveAccessibleDescription(
      'Member 1, Birth year: Too old.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Try later.');
  });
});
