import { contributionEntry, type Currency, DomainError, todayIn } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { assertNotTooLarge, fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { OrganizationEntity } from '../organizations/organization.entity';
import { type WriteContext } from '../loans/write-context';
import { ContributionEntity } from './contribution.entity';
import { FUND_CURRENCY } from './fund-cash';
import { type RecordContributionInput } from './fund.types';
import { postJournalEntry } from './post-journal-entry';

export interface ContributionResult {
  contribution: ContributionEntity | null;
  userErrors: UserError[];
}

/** A donor's money into the fund, converted into AZN at the recorded rate, as one journal entry. */
export async function recordContribution(
  ctx: WriteContext,
  actor: CurrentUser,
  input: RecordContributionInput,
): Promise<ContributionResult> {
  return refusingDomainErrors<ContributionResult>({ contribution: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const donor = await em.findOneBy(OrganizationEntity, { id: input.donorId });
      if (!donor || donor.kind !== 'DONOR')
        return {
          contribution: null,
          userErrors: [userError('NOT_FOUND', 'No such donor.', ['input', 'donorId'])],
        };
      const now = ctx.now();
      if (input.receivedOn > todayIn('Asia/Baku', now))
        throw new DomainError('INVALID_DATE', 'A contribution cannot be dated in the future.', [
          'input',
          'receivedOn',
        ]);
      const currency = input.amount.currency as Currency;
      const amount = {
        amount: fromMoneyInput(input.amount, ['input', 'amount', 'amount']),
        currency,
      };
      if (currency !== FUND_CURRENCY && !input.exchangeRate)
        throw new DomainError(
          'VALIDATION',
          `Give the rate from ${currency} into ${FUND_CURRENCY}.`,
          ['input', 'exchangeRate'],
        );
      const rate = input.exchangeRate ?? '1';
      const entry = contributionEntry({
        donorId: donor.id,
        amount,
        rate,
        fundCurrency: FUND_CURRENCY,
      });
      // A huge rate can push a modest amount past what a row may hold.
      const fundAmount = assertNotTooLarge(entry.lines[0]!.amount.amount, [
        'input',
        'exchangeRate',
      ]);
      const contribution: ContributionEntity = {
        id: newId(),
        donorId: donor.id,
        amount: amount.amount,
        currency,
        exchangeRate: rate,
        fundAmount,
        receivedOn: input.receivedOn,
        recordedById: actor.id,
        createdAt: now.toISOString(),
      };
      await em.insert(ContributionEntity, contribution);
      await postJournalEntry(
        em,
        entry,
        { loanId: null, sourceId: contribution.id, postedOn: input.receivedOn },
        now,
      );
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: 'RECORD_CONTRIBUTION',
          recordType: 'Contribution',
          recordId: contribution.id,
          changedFields: Object.keys(input),
        },
        now,
      );
      return { contribution, userErrors: [] };
    }),
  );
}
