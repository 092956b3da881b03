import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { referral, referralsMock, renderSection } from './cases-test-data';
import { CREATE_REFERRAL_MUTATION, UPDATE_REFERRAL_STATUS_MUTATION } from './referrals-documents';
import { ReferralsSection } from './referrals-section';

describe('referrals section', () => {
  it('lists referrals and offers only the next statuses', async () => {
    await renderSection(<ReferralsSection beneficiaryId="b1" />, [referralsMock([referral()])]);
    const item = (await screen.findByText('New socket.')).closest('li')!;
    expect(item).toHaveTextContent('Prosthetics: Baku prosthetics centre');
    expect(within(item).getByText('Sent')).toBeInTheDocument();
    expect(within(item).getByText('Personal data shared')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Mark accepted' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Mark rejected' })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
  });

  it('shows a consent refusal on the sharing checkbox, pointing to Consent', async () => {
    const user = userEvent.setup();
    await renderSection(<ReferralsSection beneficiaryId="b1" />, [
      referralsMock([]),
      {
        request: {
          query: CREATE_REFERRAL_MUTATION,
          variables: {
            input: {
              beneficiaryId: 'b1',
              service: 'LEGAL',
              provider: 'Legal aid bureau',
              reason: 'Pension papers.',
              sharesPersonalData: true,
            },
          },
        },
        result: {
          data: {
            createReferral: {
              __typename: 'ReferralPayload',
              referral: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'CONSENT_REQUIRED',
                  field: ['input', 'sharesPersonalData'],
                  message: 'No consent.',
                },
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('No referrals yet.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Service'), 'LEGAL');
    await user.type(screen.getByLabelText('Provider'), 'Legal aid bureau');
    await user.type(screen.getByLabelText('Reason'), 'Pension papers.');
    const shares = screen.getByLabelText('Share the survivor’s personal data with the provider');
    await user.click(shares);
    await user.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(await screen.findByText(/has not agreed to share personal data/)).toBeInTheDocument();
    expect(shares).toHaveAttribute('aria-invalid', 'true');
    expect(shares).toHaveAccessibleDescription(/in the Consent section above/);
  });

  it('moves a referral on with its outcome, then offers only what follows', async () => {
    const user = userEvent.setup();
    await renderSection(<ReferralsSection beneficiaryId="b1" />, [
      referralsMock([referral()]),
      {
        request: {
          query: UPDATE_REFERRAL_STATUS_MUTATION,
          variables: {
            input: { referralId: 'r1', status: 'ACCEPTED', outcome: 'Fitting on 3 December.' },
          },
        },
        result: {
          data: {
            updateReferralStatus: {
              __typename: 'ReferralPayload',
              referral: referral({
                status: 'ACCEPTED',
                outcome: 'Fitting on 3 December.',
                nextStatuses: ['DONE'],
              }),
              userErrors: [],
            },
          },
        },
      },
    ]);
    const item = (await screen.findByText('New socket.')).closest('li')!;
    await user.type(within(item).getByLabelText('Outcome (optional)'), 'Fitting on 3 December.');
    await user.click(within(item).getByRole('button', { name: 'Mark accepted' }));
    expect(await within(item).findByText('Accepted')).toBeInTheDocument();
    expect(item).toHaveTextContent('Outcome: Fitting on 3 December.');
    expect(within(item).getByRole('button', { name: 'Mark done' })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Mark accepted' })).not.toBeInTheDocument();
    expect(within(item).getByLabelText('Outcome (optional)')).toHaveValue('');
  });
});
