import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { AGJ, districtsMock, FUZ, meMock } from '../test-mocks';
import {
  BENEFICIARIES_QUERY,
  type BeneficiariesVariables,
  type SurvivorRow,
} from './beneficiaries-query';
import { PAGE_SIZE } from './survivors-page';

const row = (n: number, extra: Partial<SurvivorRow> = {}): SurvivorRow => ({
  __typename: 'Beneficiary',
  id: `b${n}`,
  code: `AGJ-00${n}`,
  fullName: `Person ${n}`,
  sex: 'MALE',
  birthYear: 1970 + n,
  phone: `+99450000000${n}`,
  village: 'Kəngərli',
  householdSize: 3,
  portalAccess: false,
  district: { __typename: 'District', id: AGJ.id, name: AGJ.name },
  consent: { __typename: 'Consent', active: true },
  ...extra,
});

const listMock = (
  variables: Partial<BeneficiariesVariables>,
  rows: SurvivorRow[],
  { total = rows.length, next = null as string | null } = {},
) => ({
  request: {
    query: BENEFICIARIES_QUERY,
    variables: { first: PAGE_SIZE, after: null, filter: {}, ...variables },
  },
  result: {
    data: {
      beneficiaries: {
        __typename: 'BeneficiaryConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', endCursor: next ?? 'last', hasNextPage: next !== null },
        edges: rows.map((node, i) => ({ __typename: 'BeneficiaryEdge', cursor: `c${i}`, node })),
      },
    },
  },
});

const base = [meMock('CASE_MANAGER'), districtsMock('CASE_MANAGER')];

describe('survivors list', () => {
  it('shows a table of survivors with a link to each file and the total', async () => {
    await renderApp({ path: '/beneficiaries', mocks: [...base, listMock({}, [row(1), row(2)])] });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'AGJ-001' })).toHaveAttribute(
      'href',
      '/admin/beneficiaries/b1',
    );
    expect(screen.getByText('1–2 of 2 survivors')).toBeInTheDocument();
  });

  it('offers only the case manager’s own districts in the filter', async () => {
    await renderApp({ path: '/beneficiaries', mocks: [...base, listMock({}, [row(1)])] });
    const select = await screen.findByRole('combobox', { name: 'District' });
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['All districts', 'Aghjabedi', 'Fuzuli']),
    );
  });

  it('searches after a pause in typing and keeps the search in the address', async () => {
    const { router } = await renderApp({
      path: '/beneficiaries',
      mocks: [
        ...base,
        listMock({}, [row(1), row(2)]),
        listMock({ filter: { search: 'Person 2' } }, [row(2)]),
      ],
    });
    await screen.findByRole('table');
    await userEvent.type(screen.getByRole('searchbox', { name: /Search/ }), 'Person 2');
    // Typing alone sends nothing: no mock exists for "P", "Pe"… and the address is unchanged.
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(router.state.location.search).toBe('?q=Person+2');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('filters by district from the address, so a reload shows the same list', async () => {
    await renderApp({
      path: `/beneficiaries?district=${FUZ.id}`,
      mocks: [...base, listMock({ filter: { districtIds: [FUZ.id] } }, [row(7)])],
    });
    expect(await screen.findByRole('link', { name: 'AGJ-007' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'District' })).toHaveValue(FUZ.id);
  });

  it('pages forward with the cursor and back again', async () => {
    const { router } = await renderApp({
      path: '/beneficiaries',
      mocks: [
        ...base,
        listMock({}, [row(1)], { total: 2, next: 'bzow' }),
        listMock({ after: 'bzow' }, [row(2)], { total: 2 }),
        listMock({}, [row(1)], { total: 2, next: 'bzow' }),
      ],
    });
    await screen.findByRole('link', { name: 'AGJ-001' });
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'AGJ-002' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?pages=bzow');
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByRole('link', { name: 'AGJ-001' })).toBeInTheDocument();
  });

  it('says plainly when nobody matches', async () => {
    await renderApp({
      path: '/beneficiaries?q=zzz',
      mocks: [...base, listMock({ filter: { search: 'zzz' } }, [])],
    });
    expect(await screen.findByText('No survivors found')).toBeInTheDocument();
    expect(screen.getByText(/Nobody matches this search/)).toBeInTheDocument();
  });

  it('shows an error with retry when the list cannot load', async () => {
    await renderApp({
      path: '/beneficiaries',
      mocks: [
        ...base,
        {
          request: {
            query: BENEFICIARIES_QUERY,
            variables: { first: PAGE_SIZE, after: null, filter: {} },
          },
          error: new Error('offline'),
        },
        listMock({}, [row(1)]),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The survivors could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'AGJ-001' })).toBeInTheDocument();
  });

  it('downloads the rows shown as CSV', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
      revokeObjectURL: () => undefined,
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderApp({
      path: '/beneficiaries',
      mocks: [...base, listMock({}, [row(1, { fullName: 'Əli, "Kiçik"' })])],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Download this page as CSV' }));
    expect(click).toHaveBeenCalled();
    const text = await blobs[0]!.text();
    expect(text).toContain('Code,Name,Sex,Born,District,Village,Phone,Household,Consent\r\n');
    expect(text).toContain(
      'AGJ-001,"Əli, ""Kiçik""",Male,1971,Aghjabedi,Kəngərli,+994500000001,3,Given',
    );
    click.mockRestore();
  });

  it('is refused to an approver', async () => {
    await renderApp({ path: '/beneficiaries', mocks: [meMock('APPROVER')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeInTheDocument();
  });
});
