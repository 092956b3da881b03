import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState, Page, StatusBadge } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { appendEdges, LoadMore } from '../shell/load-more';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { useMe } from '../shell/use-me';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm } from './user-form';
import { DEACTIVATE_USER_MUTATION, type StaffUser, USERS_QUERY } from './users-documents';

type Panel =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; user: StaffUser }
  | { kind: 'password'; user: StaffUser }
  | { kind: 'deactivate'; user: StaffUser };

const STAFF = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'];
const SHOW = { active: { active: true }, inactive: { active: false }, all: {} } as const;
type Show = keyof typeof SHOW;

export function UsersPage() {
  return (
    <RequireRole roles={['ADMIN']}>
      <Users />
    </RequireRole>
  );
}

function Users() {
  const { t } = useTranslation();
  const me = useMe();
  const [show, setShow] = useState<Show>('active');
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(USERS_QUERY, {
    variables: { filter: { ...SHOW[show], roles: STAFF } },
  });
  const [deactivate, deactivating] = useMutation(DEACTIVATE_USER_MUTATION);

  const open = (next: Panel) => {
    setNotice(null);
    setProblem(null);
    setPanel(next);
  };
  const done = (message: string) => {
    setPanel({ kind: 'none' });
    setNotice(message);
  };
  const confirmDeactivate = async (user: StaffUser) => {
    try {
      const result = await deactivate({ variables: { input: { userId: user.id } } });
      const errors = result.data?.deactivateUser.userErrors ?? [];
      if (errors.length) setProblem(errors.map((e) => e.message).join(' '));
      else done(t('users.deactivated', { name: user.displayName }));
    } catch {
      setProblem(t('users.networkError'));
    }
  };

  const users = data?.users.edges.map((e) => e.node) ?? [];
  const list = (
    <QueryStates
      error={error}
      loading={loading}
      data={data}
      isEmpty={() => users.length === 0}
      errorTitle={t('users.errorTitle')}
      loadingLabel={t('users.loading')}
      emptyTitle={t('users.empty')}
      onRetry={refetch}
    >
      {(d) => (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="admin-visually-hidden">{t('users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.fields.displayName')}</th>
                  <th scope="col">{t('users.fields.username')}</th>
                  <th scope="col">{t('users.fields.role')}</th>
                  <th scope="col">{t('users.fields.organizationId')}</th>
                  <th scope="col">{t('users.fields.districtIds')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <td>{u.displayName}</td>
                    <td>{u.username}</td>
                    <td>{t(`users.roles.${u.role}`)}</td>
                    <td>{u.organization?.name ?? '—'}</td>
                    <td>
                      {u.districts.length
                        ? u.districts.map((d) => d.name).join(', ')
                        : t('users.allDistricts')}
                    </td>
                    <td>
                      {u.active ? (
                        <StatusBadge tone="success" label={t('users.active')} />
                      ) : (
                        <StatusBadge tone="neutral" label={t('users.inactive')} />
                      )}
                    </td>
                    <td>
                      {u.active && (
                        <div className="admin-row">
                          <Button
                            variant="link"
                            aria-label={t('users.edit', { name: u.displayName })}
                            onClick={() => open({ kind: 'edit', user: u })}
                          >
                            {t('users.editShort')}
                          </Button>
                          <Button
                            variant="link"
                            aria-label={t('users.resetPassword', { name: u.displayName })}
                            onClick={() => open({ kind: 'password', user: u })}
                          >
                            {t('users.resetShort')}
                          </Button>
                          {u.id !== me.id && (
                            <Button
                              variant="link"
                              aria-label={t('users.deactivate', { name: u.displayName })}
                              onClick={() => open({ kind: 'deactivate', user: u })}
                            >
                              {t('users.deactivateShort')}
                            </Button>
                          )}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            shown={users.length}
            total={d.users.totalCount}
            pageInfo={d.users.pageInfo}
            onLoadMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges('users') })
            }
          />
        </>
      )}
    </QueryStates>
  );

  return (
    <Page title={t('users.title')} titleSuffix={t('app.name')}>
      <div className="admin-row">
        <Button onClick={() => open({ kind: 'create' })}>{t('users.createTitle')}</Button>
        <SelectField
          label={t('users.show')}
          options={(Object.keys(SHOW) as Show[]).map((s) => ({
            value: s,
            label: t(`users.showOptions.${s}`),
          }))}
          value={show}
          onChange={(e) => setShow(e.target.value as Show)}
        />
      </div>
      <div role="status">{notice && <p className="admin-notice">{notice}</p>}</div>
      {problem && <ErrorState title={t('users.failedTitle')} message={problem} />}
      {(panel.kind === 'create' || panel.kind === 'edit') && (
        <section className="admin-section admin-panel">
          <UserForm
            key={panel.kind === 'edit' ? panel.user.id : 'new'}
            user={panel.kind === 'edit' ? panel.user : undefined}
            onDone={(u) =>
              done(
                t(panel.kind === 'edit' ? 'users.saved' : 'users.created', { name: u.displayName }),
              )
            }
            onCancel={() => open({ kind: 'none' })}
          />
        </section>
      )}
      {panel.kind === 'password' && (
        <section className="admin-section admin-panel">
          <ResetPasswordForm
            user={panel.user}
            onDone={() => done(t('users.passwordReset', { name: panel.user.displayName }))}
            onCancel={() => open({ kind: 'none' })}
          />
        </section>
      )}
      {panel.kind === 'deactivate' && (
        <section className="admin-section admin-panel" aria-labelledby="deactivate-heading">
          <h2 id="deactivate-heading">
            {t('users.deactivateTitle', { name: panel.user.displayName })}
          </h2>
          <p>{t('users.deactivateExplained')}</p>
          <div className="admin-row">
            <Button
              variant="danger"
              busy={deactivating.loading}
              busyLabel={t('users.saving')}
              onClick={() => void confirmDeactivate(panel.user)}
            >
              {t('users.deactivateConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => open({ kind: 'none' })}>
              {t('users.cancel')}
            </Button>
          </div>
        </section>
      )}
      <section className="admin-section">{list}</section>
    </Page>
  );
}
