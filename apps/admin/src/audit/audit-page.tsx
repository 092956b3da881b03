import { useQuery } from '@apollo/client/react';
import { Button, Page, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../forms/select-field';
import { QueryStates } from '../shell/query-states';
import { TrailPager } from '../shell/trail-pager';
import { RequireRole } from '../shell/require-role';
import { AUDIT_ACTORS_QUERY, AUDIT_EVENTS_QUERY, type AuditRow } from './audit-documents';
import {
  type AuditParams,
  auditVariables,
  readAuditParams,
  writeAuditParams,
} from './audit-params';
import { bakuTimeFormat } from '../shell/baku-time';

export const AUDIT_PAGE_SIZE = 50;
const RECORD_TYPES = ['Beneficiary', 'User', 'Loan', 'LoanProduct', 'Contribution', 'Programme'];

export function AuditPage() {
  return (
    <RequireRole roles={['ADMIN']}>
      <AuditLog />
    </RequireRole>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readAuditParams(searchParams);
  const { data, loading, error, refetch } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: auditVariables(params, AUDIT_PAGE_SIZE),
  });
  const connection = data?.auditEvents;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const go = (trail: string[]) => setSearchParams(writeAuditParams({ ...params, trail }));
  const when = bakuTimeFormat(i18n.language);

  const content = (
    <QueryStates
      error={error}
      loading={loading}
      data={connection}
      isEmpty={() => rows.length === 0}
      errorTitle={t('audit.errorTitle')}
      loadingLabel={t('audit.loading')}
      emptyTitle={t('audit.empty')}
      emptyBody={<p>{t('audit.emptyBody')}</p>}
      onRetry={refetch}
    >
      {(connection) => (
        <>
          <TrailPager
            trail={params.trail}
            pageSize={AUDIT_PAGE_SIZE}
            shown={rows.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            count={(range) => t('audit.count', { ...range })}
            onGo={go}
          >
            <div className="admin-table-wrap">
              <table className="admin-table">
                <caption className="admin-visually-hidden">{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.at')}</th>
                    <th scope="col">{t('audit.columns.actor')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.record')}</th>
                    <th scope="col">{t('audit.columns.fields')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <time dateTime={r.at}>{when.format(new Date(r.at))}</time>
                      </td>
                      <td>{r.actorUsername ?? t('audit.system')}</td>
                      <td>{r.action}</td>
                      <td>
                        <RecordCell row={r} />
                      </td>
                      <td>{r.changedFields.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </TrailPager>
        </>
      )}
    </QueryStates>
  );

  return (
    <Page title={t('audit.title')} titleSuffix={t('app.name')}>
      <p>{t('audit.explained')}</p>
      <AuditFilters
        key={searchParams.toString()}
        params={params}
        onApply={(next) => setSearchParams(writeAuditParams({ ...next, trail: [] }))}
      />
      {content}
    </Page>
  );
}

function RecordCell({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const filterLink = row.recordId && (
    <Link
      to={`?${writeAuditParams({ actorId: '', recordType: row.recordType, recordId: row.recordId, from: '', to: '', trail: [] }).toString()}`}
    >
      {t('audit.historyOf', { type: row.recordType })}
    </Link>
  );
  return (
    <>
      {row.recordType === 'Beneficiary' && row.recordId ? (
        <Link to={`/beneficiaries/${row.recordId}`}>{t('audit.openFile')}</Link>
      ) : (
        <span>{row.recordType}</span>
      )}
      {filterLink && <> · {filterLink}</>}
    </>
  );
}

/** A draft of the filters, applied in one go so the list does not jump while typing. */
function AuditFilters({
  params,
  onApply,
}: {
  params: AuditParams;
  onApply: (p: AuditParams) => void;
}) {
  const { t } = useTranslation();
  const actors = useQuery(AUDIT_ACTORS_QUERY);
  const [draft, setDraft] = useState(params);
  const [rangeError, setRangeError] = useState(false);
  const set = (patch: Partial<AuditParams>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const backwards = draft.from !== '' && draft.to !== '' && draft.to < draft.from;
    setRangeError(backwards);
    if (backwards) {
      document.getElementById('audit-to')?.focus();
      return;
    }
    // After the submit event: the router navigates in a transition, and React would then build a
    // FormData of this form for a form action there is none of (and jsdom+undici cannot).
    queueMicrotask(() => onApply(draft));
  };
  const empty = { actorId: '', recordType: '', recordId: '', from: '', to: '', trail: [] };
  return (
    <form noValidate role="search" aria-label={t('audit.filters')} onSubmit={submit}>
      <div className="admin-filters">
        <SelectField
          label={t('audit.columns.actor')}
          placeholder={t('audit.anyone')}
          options={(actors.data?.users.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: `${node.displayName} (${node.username})`,
          }))}
          value={draft.actorId}
          onChange={(e) => set({ actorId: e.target.value })}
        />
        <SelectField
          label={t('audit.recordType')}
          placeholder={t('audit.anyRecord')}
          options={RECORD_TYPES.map((r) => ({ value: r, label: r }))}
          value={draft.recordType}
          onChange={(e) => set({ recordType: e.target.value })}
        />
        <TextField
          label={t('audit.recordId')}
          spellCheck={false}
          value={draft.recordId}
          onChange={(e) => set({ recordId: e.target.value })}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <TextField
          id="audit-to"
          label={t('audit.to')}
          type="date"
          value={draft.to}
          error={rangeError ? t('audit.toBeforeFrom') : null}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="admin-row">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="secondary" onClick={() => onApply(empty)}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
