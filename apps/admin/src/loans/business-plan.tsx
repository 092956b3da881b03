import { formatDecimal, parseDecimal } from '@revolve/domain';
import { MoneyText } from '@revolve/ui';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoanSummary, type MoneyValue } from './loan-documents';

type Plan = Pick<
  LoanSummary,
  'businessDescription' | 'expectedMonthlyIncome' | 'expectedMonthlyCosts' | 'familyWorkers'
>;

/** Income less costs, exact in minor units; null unless both are known. */
export function monthlyProfit(plan: Plan): MoneyValue | null {
  const { expectedMonthlyIncome: income, expectedMonthlyCosts: costs } = plan;
  if (!income || !costs || income.currency !== costs.currency) return null;
  const { currency } = income;
  const profit =
    parseDecimal(income.amount, currency).amount - parseDecimal(costs.amount, currency).amount;
  return { amount: formatDecimal({ amount: profit, currency }), currency };
}

/** The business plan as the committee reads it: the text, then its figures where given. */
export function BusinessPlan({ loan }: { loan: Plan }) {
  const { t, i18n } = useTranslation();
  const money = (m: MoneyValue) => (
    <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
  );
  const profit = monthlyProfit(loan);
  const figures = [
    loan.expectedMonthlyIncome && [t('loan.plan.income'), money(loan.expectedMonthlyIncome)],
    loan.expectedMonthlyCosts && [t('loan.plan.costs'), money(loan.expectedMonthlyCosts)],
    profit && [t('loan.plan.profit'), money(profit)],
    loan.familyWorkers !== null && [t('loan.plan.familyWorkers'), loan.familyWorkers],
  ].filter((f) => !!f);
  return (
    <>
      <h3>{t('loan.fields.businessDescription')}</h3>
      <p className="loan-plan">{loan.businessDescription}</p>
      {figures.length > 0 && (
        <dl className="admin-dl loan-plan-figures">
          {figures.map(([term, value]) => (
            <Fragment key={String(term)}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </>
  );
}
