import { useQuery } from '@apollo/client/react';
import { Button, ErrorState, LoadingState, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRole } from '../shell/require-role';
import { BENEFICIARY_QUERY, type SurvivorFile } from './beneficiary-query';
import { CaseNotesSection } from './case-notes-section';
import { ConsentSection } from './consent-section';
import { EditHouseholdForm } from './edit-household-form';
import { EditProfileForm } from './edit-profile-form';
import { CoursesSection } from './courses-section';
import { LoansSection } from './loans-section';
import { PortalAccessSection } from './portal-access-section';
import { ReferralsSection } from './referrals-section';

export function SurvivorFilePage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <SurvivorFileScreen />
    </RequireRole>
  );
}

function SurvivorFileScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BENEFICIARY_QUERY, { variables: { id } });
  const survivor = data?.beneficiary;
  const back = (
    <p>
      <Link to="/beneficiaries">{t('register.back')}</Link>
    </p>
  );

  if (loading && !data) return <LoadingState label={t('file.loading')} />;
  if (error)
    return (
      <Page title={t('file.errorTitle')} titleSuffix={t('app.name')}>
        {back}
        <ErrorState
          title={t('file.errorTitle')}
          message={t('survivors.errorBody')}
          retryLabel={t('survivors.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Page>
    );
  if (!survivor)
    return (
      <Page title={t('file.notFoundTitle')} titleSuffix={t('app.name')}>
        {back}
        <p>{t('file.notFoundBody')}</p>
      </Page>
    );

  return (
    <Page
      title={`${survivor.code} · ${survivor.fullName ?? ''}`.trim()}
      titleSuffix={t('app.name')}
    >
      {back}
      <Profile survivor={survivor} />
      <Household survivor={survivor} />
      <ConsentSection survivor={survivor} />
      <PortalAccessSection survivor={survivor} />
      <LoansSection beneficiaryId={survivor.id} />
      <CoursesSection beneficiaryId={survivor.id} />
      <CaseNotesSection beneficiaryId={survivor.id} />
      <ReferralsSection beneficiaryId={survivor.id} />
    </Page>
  );
}

/** A section's edit switch: the form replaces the view, and "Saved." is announced after. */
function useEditing() {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return {
    editing,
    saved,
    open: () => {
      setSaved(false);
      setEditing(true);
    },
    close: (didSave: boolean) => {
      setEditing(false);
      setSaved(didSave);
    },
  };
}

function Profile({ survivor: s }: { survivor: SurvivorFile }) {
  const { t } = useTranslation();
  const edit = useEditing();
  const none = t('file.unknown');
  return (
    <section className="admin-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('file.profile')}</h2>
      <div role="status">{edit.saved && <p className="admin-notice">{t('file.saved')}</p>}</div>
      {edit.editing ? (
        <EditProfileForm survivor={s} onDone={(didSave) => edit.close(didSave)} />
      ) : (
        <>
          <dl className="admin-dl">
            <dt>{t('survivors.columns.code')}</dt>
            <dd>{s.code}</dd>
            <dt>{t('survivors.columns.name')}</dt>
            <dd>{s.fullName ?? none}</dd>
            <dt>{t('survivors.columns.sex')}</dt>
            <dd>{t(`survivors.sex.${s.sex}`)}</dd>
            <dt>{t('survivors.columns.birthYear')}</dt>
            <dd>{s.birthYear}</dd>
            <dt>{t('survivors.columns.district')}</dt>
            <dd>{s.district.name}</dd>
            <dt>{t('survivors.columns.village')}</dt>
            <dd>{s.village ?? none}</dd>
            <dt>{t('survivors.columns.phone')}</dt>
            <dd>{s.phone ?? none}</dd>
            <dt>{t('register.injury.kind')}</dt>
            <dd>
              {s.injury
                ? `${t(`register.injuryKinds.${s.injury.kind}`)}${s.injury.year ? `, ${s.injury.year}` : ''}`
                : none}
            </dd>
            <dt>{t('register.fields.nationalId')}</dt>
            <dd>{s.nationalId ?? none}</dd>
            <dt>{t('register.fields.disabilityNotes')}</dt>
            <dd className="loan-plan">{s.disabilityNotes ?? none}</dd>
            <dt>{t('register.fields.needsAssessment')}</dt>
            <dd className="loan-plan">{s.needsAssessment ?? none}</dd>
          </dl>
          <Button variant="secondary" onClick={edit.open}>
            {t('file.editProfile')}
          </Button>
        </>
      )}
    </section>
  );
}

function Household({ survivor: s }: { survivor: SurvivorFile }) {
  const { t } = useTranslation();
  const edit = useEditing();
  const members = s.household ?? [];
  return (
    <section className="admin-section" aria-labelledby="household-heading">
      <h2 id="household-heading">{t('register.household')}</h2>
      <div role="status">{edit.saved && <p className="admin-notice">{t('file.saved')}</p>}</div>
      {edit.editing ? (
        <EditHouseholdForm survivor={s} onDone={(didSave) => edit.close(didSave)} />
      ) : (
        <>
          <p>{t('register.householdHint', { count: s.householdSize })}</p>
          {members.length > 0 && (
            <table className="admin-table">
              <caption className="admin-visually-hidden">{t('register.household')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.member.relation')}</th>
                  <th scope="col">{t('register.member.sex')}</th>
                  <th scope="col">{t('register.member.birthYear')}</th>
                  <th scope="col">{t('register.member.occupation')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <td>{t(`register.relations.${m.relation}`)}</td>
                    <td>{t(`survivors.sex.${m.sex}`)}</td>
                    <td>{m.birthYear}</td>
                    <td>{t(`register.occupations.${m.occupation}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Button variant="secondary" onClick={edit.open}>
            {t('file.editHousehold')}
          </Button>
        </>
      )}
    </section>
  );
}
