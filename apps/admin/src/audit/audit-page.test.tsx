import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { meMock } from '../test-mocks';
import { AUDIT_ACTORS_QUERY, AUDIT_EVENTS_QUERY, type AuditRow } from './audit-documents';
import { AUDIT_PAGE_SIZE } from './audit-page';

const event = (n: number, extra: Partial<AuditRow> = {}): AuditRow => ({
  __typename: 'AuditEvent',
  id: `e${n}`,
  at: '2026-03-02T05:30:00.000Z',
  action: 'REGISTER_BENEFICIARY',
  actorUsername: 'manager.iom',
  recordType: 'Beneficiary',
  recordId: `b${n}`,
  changedFields: ['fullName', 'phone'],
  ...extra,
});

const eventsMock = (
  filter: object,
  rows: AuditRow[],
  after: string | null = null,
  next: string | null = null,
) => ({
  request: { query: AUDIT_EVENTS_QUERY, variables: { first: AUDIT_PAGE_SIZE, after, filter } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: rows.length + (next ? 1 : 0),
        pageInfo: { __typename: 'PageInfo', endCursor: next ?? 'end', hasNextPage: next !== null },
        edges: rows.map((node) => ({ __typename: 'AuditEventEdge', node })),
      },
    },
  },
});

const actorsMock = {
  request: { query: AUDIT_ACTORS_QUERY },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        edges: [
          {
            __typename: 'UserEdge',
            node: { __typename: 'User', id: 'u7', username: 'manager.iom', displayName: 'Leyla' },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('audit log', () => {
  it('lists entries in Baku time with the changed field names and a link to the file', async () => {
    await renderApp({
      path: '/audit',
      mocks: [
        meMock('ADMIN'),
        actorsMock,
        eventsMock({}, [
          event(1),
          event(2, { actorUsername: null, recordType: 'User', recordId: null, action: 'SEED' }),
        ]),
      ],
    });
    const table = await screen.findByRole('table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Mar 2, 2026, 9:30:00 AM');
    expect(first).toHaveTextContent('fullName, phone');
    expect(within(first!).getByRole('link', { name: 'Survivor file' })).toHaveAttribute(
      'href',
      '/admin/beneficiaries/b1',
    );
    expect(second).toHaveTextContent('System');
  });

  it('filters by actor and days, keeping the filters in the address', async () => {
    const { router } = await renderApp({
      path: '/audit',
      mocks: [
        meMock('ADMIN'),
        actorsMock,
        eventsMock({}, [event(1), event(2)]),
        eventsMock(
          { actorId: 'u7', from: '2026-03-01T00:00:00+04:00', to: '2026-03-03T00:00:00+04:00' },
          [event(3)],
        ),
      ],
    });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Who'), 'u7');
    await userEvent.type(screen.getByLabelText('From (day)'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('To (day, included)'), '2026-03-02');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('1–1 of 1 entry')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?actor=u7&from=2026-03-01&to=2026-03-02');
  });

  it('refuses a day range that runs backwards, on the To field', async () => {
    await renderApp({
      path: '/audit',
      mocks: [meMock('ADMIN'), actorsMock, eventsMock({}, [event(1)])],
    });
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('From (day)'), '2026-03-05');
    const to = screen.getByLabelText('To (day, included)');
    await userEvent.type(to, '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(to).toHaveFocus();
    expect(to).toHaveAccessibleDescription(/must not be before the From day/);
  });

  it('opens the history of one record from the address, and pages on', async () => {
    await renderApp({
      path: '/audit?type=Beneficiary&record=b1',
      mocks: [
        meMock('ADMIN'),
        actorsMock,
        eventsMock({ recordType: 'Beneficiary', recordId: 'b1' }, [event(1)], null, 'bzow'),
        eventsMock(
          { recordType: 'Beneficiary', recordId: 'b1' },
          [event(1, { id: 'e9', action: 'UPDATE_BENEFICIARY_PROFILE' })],
          'bzow',
        ),
      ],
    });
    expect(await screen.findByText('REGISTER_BENEFICIARY')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('UPDATE_BENEFICIARY_PROFILE')).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    await renderApp({
      path: '/audit?actor=u7',
      mocks: [meMock('ADMIN'), actorsMock, eventsMock({ actorId: 'u7' }, [])],
    });
    expect(await screen.findByText('No entries')).toBeInTheDocument();
  });
});
