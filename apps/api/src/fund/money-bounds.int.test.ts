import { describeEachDatabase } from '../test-support/test-server';
import { FUND_CURRENCY } from './fund-cash';
import { readFund } from './read-fund';

const CONTRIBUTE = `mutation C($input: RecordContributionInput!) {
  recordContribution(input: $input) { contribution { id } userErrors { code field } } }`;

// Found by the fuzzer: a contribution of 10^31 AZN was stored on SQLite as a float, after which
// the fund could not be read at all; on PostgreSQL it overflowed bigint (an internal error).
describeEachDatabase(
  'amounts too large to store',
  (api) => {
    it('are refused naming the field, and the fund stays readable and balanced', async () => {
      const admin = await api().login('admin');
      const orgs = await api().gql('{ organizations { id code } }', {}, { token: admin });
      const donorId = orgs.body.data?.organizations.find((o: { code: string }) => o.code === 'UNDP')
        ?.id as string;
      const contribute = (amount: string, currency: string, exchangeRate?: string) =>
        api().gql(
          CONTRIBUTE,
          {
            input: {
              donorId,
              amount: { amount, currency },
              receivedOn: '2026-01-15',
              ...(exchangeRate ? { exchangeRate } : {}),
            },
          },
          { token: admin },
        );
      const huge = await contribute('9999999999999999999999999999999.00', 'AZN');
      expect(huge.body.data?.recordContribution).toEqual({
        contribution: null,
        userErrors: [{ code: 'INVALID_AMOUNT', field: ['input', 'amount', 'amount'] }],
      });
      const rate = await contribute('1000.00', 'USD', '99999999999999999999');
      expect(rate.body.data?.recordContribution.userErrors).toEqual([
        { code: 'INVALID_AMOUNT', field: ['input', 'exchangeRate'] },
      ]);
      const fine = await contribute('100000000000.00', 'AZN'); // the largest allowed
      expect(fine.body.data?.recordContribution.userErrors).toEqual([]);
      expect((await readFund(api().dataSource, FUND_CURRENCY)).ledgerBalanced).toBe(true);
    });
  },
  { seed: 'people' },
);
