import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ISSUE_PORTAL_ACCESS_CODE, PortalAccessCode } from './portal-access-code';

const labels = {
  issue: 'Issue a one-time code',
  issuing: 'Issuing…',
  codeTitle: 'One-time code',
  validUntil: 'Works once, until',
  hide: 'Hide the code',
  failedTitle: 'No code was issued',
  networkError: 'The server could not be reached.',
};

const answer = (payload: object) => ({
  request: { query: ISSUE_PORTAL_ACCESS_CODE, variables: { input: { beneficiaryId: 'b1' } } },
  result: {
    data: { issuePortalAccessCode: { __typename: 'IssuePortalAccessCodePayload', ...payload } },
  },
});

describe('portal access code on the survivor file', () => {
  it('shows the code once, grouped for reading out, with its last day in Baku', async () => {
    render(
      <MockedProvider
        mocks={[
          answer({ code: '12345678', expiresAt: '2026-12-04T21:30:00.000Z', userErrors: [] }),
        ]}
      >
        <PortalAccessCode beneficiaryId="b1" labels={labels} locale="en" />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Issue a one-time code' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('1234 5678');
    // 21:30 UTC is already the next day in Baku (UTC+4).
    expect(status).toHaveTextContent('December 5, 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Hide the code' }));
    expect(screen.queryByText('1234 5678')).not.toBeInTheDocument();
  });

  it('says why when the API refuses', async () => {
    render(
      <MockedProvider
        mocks={[
          answer({
            code: null,
            expiresAt: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: ['input', 'beneficiaryId'],
                code: 'PHONE_REQUIRED',
                message: 'Record the phone first.',
              },
            ],
          }),
        ]}
      >
        <PortalAccessCode beneficiaryId="b1" labels={labels} locale="en" />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Issue a one-time code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Record the phone first.');
  });
});
