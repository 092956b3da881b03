import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ConfirmPanel, ErrorState, MoneyText, Page, StatusBadge } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MoneyValue } from '../loans/loan-documents';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { LoanProductForm } from './loan-product-form';
import {
  LOAN_PRODUCT_LIST_QUERY,
  type LoanProduct,
  RETIRE_LOAN_PRODUCT_MUTATION,
} from './loan-products-documents';
import { productName } from './product-name';

type Panel =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; product: LoanProduct }
  | { kind: 'retire'; product: LoanProduct };

export function LoanProductsPage() {
  return (
    <RequireRole roles={['ADMIN']}>
      <LoanProducts />
    </RequireRole>
  );
}

/** The programme's loan products: what can be lent, for how long, after which courses. */
function LoanProducts() {
  const { t, i18n } = useTranslation();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(LOAN_PRODUCT_LIST_QUERY);
  const [retire, retiring] = useMutation(RETIRE_LOAN_PRODUCT_MUTATION, {
    refetchQueries: ['AdminLoanProductList', 'AdminLoanProducts'],
  });
  const name = (p: LoanProduct) => productName(p, i18n.language);
  const money = (m: MoneyValue) => (
    <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
  );

  const open = (next: Panel) => {
    setNotice(null);
    setProblem(null);
    setPanel(next);
  };
  const done = (message: string) => {
    setPanel({ kind: 'none' });
    setNotice(message);
  };
  const confirmRetire = async (product: LoanProduct) => {
    try {
      const result = await retire({ variables: { input: { productId: product.id } } });
      const errors = result.data?.retireLoanProduct.userErrors ?? [];
      if (errors.length || !result.data) setProblem(errors.map((e) => e.message).join(' '));
      else done(t('loanProducts.retired', { name: name(product) }));
    } catch {
      setProblem(t('users.networkError'));
    }
  };

  const products = data?.loanProducts ?? [];
  return (
    <Page title={t('loanProducts.title')} titleSuffix={t('app.name')}>
      <p>{t('loanProducts.intro')}</p>
      <div className="admin-row">
        <Button onClick={() => open({ kind: 'create' })}>{t('loanProducts.createTitle')}</Button>
      </div>
      <div role="status">{notice && <p className="admin-notice">{notice}</p>}</div>
      {problem !== null && (
        <ErrorState
          title={t('loanProducts.failedTitle')}
          message={problem || t('users.networkError')}
        />
      )}
      {(panel.kind === 'create' || panel.kind === 'edit') && (
        <section className="admin-section admin-panel">
          <LoanProductForm
            key={panel.kind === 'edit' ? panel.product.id : 'new'}
            product={panel.kind === 'edit' ? panel.product : undefined}
            onDone={(p) =>
              done(
                t(panel.kind === 'edit' ? 'loanProducts.saved' : 'loanProducts.created', {
                  name: name(p),
                }),
              )
            }
            onCancel={() => open({ kind: 'none' })}
          />
        </section>
      )}
      {panel.kind === 'retire' && (
        <section className="admin-section admin-panel">
          <ConfirmPanel
            question={t('loanProducts.retireQuestion', { name: name(panel.product) })}
            yesLabel={t('loanProducts.retireConfirm')}
            noLabel={t('loanProducts.cancel')}
            yesVariant="danger"
            busy={retiring.loading}
            busyLabel={t('loanProducts.saving')}
            onYes={() => void confirmRetire(panel.product)}
            onNo={() => open({ kind: 'none' })}
          />
        </section>
      )}
      <section className="admin-section">
        <QueryStates
          error={error}
          loading={loading}
          data={data}
          isEmpty={() => products.length === 0}
          errorTitle={t('loanProducts.errorTitle')}
          loadingLabel={t('loanProducts.loading')}
          emptyTitle={t('loanProducts.empty')}
          emptyBody={t('loanProducts.emptyBody')}
          onRetry={refetch}
        >
          {() => (
            // Focusable so that keyboard users can scroll the table on a narrow screen.
            <div
              className="admin-table-wrap"
              role="region"
              aria-label={t('loanProducts.caption')}
              tabIndex={0}
            >
              <table className="admin-table">
                <caption className="admin-visually-hidden">{t('loanProducts.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('loanProducts.columns.name')}</th>
                    <th scope="col">{t('loanProducts.columns.amount')}</th>
                    <th scope="col">{t('loanProducts.columns.term')}</th>
                    <th scope="col">{t('loanProducts.columns.grace')}</th>
                    <th scope="col">{t('loanProducts.columns.rounding')}</th>
                    <th scope="col">{t('loanProducts.columns.courses')}</th>
                    <th scope="col">{t('loanProducts.columns.status')}</th>
                    <th scope="col">{t('loanProducts.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {products.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{name(p)}</th>
                      <td className="admin-nowrap">
                        {money(p.minPrincipal)} – {money(p.maxPrincipal)}
                      </td>
                      <td>
                        {t('loanProducts.termRange', {
                          min: p.minTermMonths,
                          max: p.maxTermMonths,
                        })}
                      </td>
                      <td>{t('loanProducts.months', { count: p.maxGraceMonths })}</td>
                      <td>{money(p.roundingUnit)}</td>
                      <td>
                        {p.requiredCourseTopics.length
                          ? p.requiredCourseTopics.map((c) => t(`dashboard.topics.${c}`)).join(', ')
                          : t('loanProducts.noCourses')}
                      </td>
                      <td>
                        {p.active ? (
                          <StatusBadge tone="success" label={t('loanProducts.active')} />
                        ) : (
                          <StatusBadge tone="neutral" label={t('loanProducts.retiredStatus')} />
                        )}
                      </td>
                      <td>
                        {p.active && (
                          <div className="admin-row">
                            <Button
                              variant="link"
                              aria-label={t('loanProducts.edit', { name: name(p) })}
                              onClick={() => open({ kind: 'edit', product: p })}
                            >
                              {t('loanProducts.editShort')}
                            </Button>
                            <Button
                              variant="link"
                              aria-label={t('loanProducts.retire', { name: name(p) })}
                              onClick={() => open({ kind: 'retire', product: p })}
                            >
                              {t('loanProducts.retireShort')}
                            </Button>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryStates>
      </section>
    </Page>
  );
}
