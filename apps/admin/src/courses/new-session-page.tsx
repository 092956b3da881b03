import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState, LoadingState, Page, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SelectField } from '../forms/select-field';
import { splitUserErrors } from '../forms/user-errors';
import { RequireRole } from '../shell/require-role';
import { STAFF_DISTRICTS_QUERY, workingDistricts } from '../survivors/districts-query';
import { apiLanguage, COURSES_QUERY, CREATE_SESSION_MUTATION } from './course-documents';
import {
  meetingDatesOf,
  type SessionField,
  type SessionForm,
  validateSession,
} from './validate-session';

const FIELDS: SessionField[] = ['courseId', 'districtId', 'capacity', 'meetingDates'];
const idOf = (field: string) => `session-${field}`;

export function NewSessionPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <NewSession />
    </RequireRole>
  );
}

function NewSession() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const courses = useQuery(COURSES_QUERY, { variables: { language: apiLanguage(i18n.language) } });
  const [create, creating] = useMutation(CREATE_SESSION_MUTATION);
  const [form, setForm] = useState<SessionForm>({
    courseId: '',
    districtId: '',
    venue: '',
    trainer: '',
    capacity: '12',
    meetingDates: [''],
  });
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const options = workingDistricts(districts.data);
  const districtId = form.districtId || (options.length === 1 ? options[0]!.id : '');
  const current = { ...form, districtId };
  const problems = validateSession(current);
  const errorFor = (field: SessionField): string | null => {
    const label = t(`courses.fields.${field}`);
    const problem = submitted ? problems[field] : undefined;
    if (problem) return `${label}: ${t(`courses.problems.${problem}`)}`;
    return server[field] ? `${label}: ${server[field]}` : null;
  };
  const set = (patch: Partial<SessionForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setServer({});
  };
  const focusFirst = (fields: readonly string[]) => {
    const first = FIELDS.find((f) => fields.includes(f));
    if (first) document.getElementById(idOf(first === 'meetingDates' ? 'date-0' : first))?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setGeneral(null);
    if (Object.keys(problems).length) return focusFirst(Object.keys(problems));
    try {
      const r = await create({
        variables: {
          input: {
            courseId: current.courseId,
            districtId: current.districtId,
            capacity: Number(current.capacity),
            meetingDates: meetingDatesOf(current),
            venue: current.venue.trim() || null,
            trainer: current.trainer.trim() || null,
          },
        },
      });
      const p = r.data?.createCourseSession;
      if (p?.session) return void (await navigate(`/courses/${p.session.id}`));
      const split = splitUserErrors(p?.userErrors ?? [], (f) => (FIELDS as string[]).includes(f));
      setServer(split.byField);
      setGeneral(
        split.general.map((e) => e.message).join(' ') || (p ? null : t('users.networkError')),
      );
      requestAnimationFrame(() => focusFirst(Object.keys(split.byField)));
    } catch {
      setGeneral(t('users.networkError'));
    }
  };

  if ((districts.loading && !districts.data) || (courses.loading && !courses.data))
    return <LoadingState label={t('courses.loading')} />;

  const datesError = errorFor('meetingDates');
  return (
    <Page title={t('courses.newSession')} titleSuffix={t('app.name')}>
      <p>
        <Link to="/courses">{t('courses.back')}</Link>
      </p>
      {general && <ErrorState title={t('courses.createFailed')} message={general} />}
      <form noValidate onSubmit={(e) => void submit(e)} className="loan-wizard">
        <SelectField
          id={idOf('courseId')}
          label={t('courses.fields.courseId')}
          required
          placeholder={t('register.choose')}
          options={(courses.data?.courses ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={form.courseId}
          error={errorFor('courseId')}
          onChange={(e) => set({ courseId: e.target.value })}
        />
        <SelectField
          id={idOf('districtId')}
          label={t('courses.fields.districtId')}
          required
          placeholder={options.length === 1 ? undefined : t('register.choose')}
          options={options.map((d) => ({ value: d.id, label: d.name }))}
          value={districtId}
          error={errorFor('districtId')}
          onChange={(e) => set({ districtId: e.target.value })}
        />
        <TextField
          label={t('courses.venue')}
          value={form.venue}
          autoComplete="off"
          onChange={(e) => set({ venue: e.target.value })}
        />
        <TextField
          label={t('courses.trainer')}
          value={form.trainer}
          autoComplete="off"
          onChange={(e) => set({ trainer: e.target.value })}
        />
        <TextField
          id={idOf('capacity')}
          label={t('courses.fields.capacity')}
          required
          inputMode="numeric"
          value={form.capacity}
          error={errorFor('capacity')}
          onChange={(e) => set({ capacity: e.target.value })}
        />
        <fieldset
          className="admin-fieldset"
          aria-describedby={datesError ? 'session-dates-error' : undefined}
        >
          <legend>{t('courses.fields.meetingDates')}</legend>
          <p className="rv-field__hint">{t('courses.datesHint')}</p>
          {form.meetingDates.map((d, n) => (
            <div className="admin-row" key={n}>
              <TextField
                id={idOf(`date-${n}`)}
                type="date"
                label={t('courses.meetingN', { n: n + 1 })}
                value={d}
                aria-invalid={datesError ? true : undefined}
                aria-describedby={datesError ? 'session-dates-error' : undefined}
                onChange={(e) =>
                  set({
                    meetingDates: form.meetingDates.map((x, i) => (i === n ? e.target.value : x)),
                  })
                }
              />
              {form.meetingDates.length > 1 && (
                <Button
                  variant="secondary"
                  onClick={() =>
                    set({ meetingDates: form.meetingDates.filter((_x, i) => i !== n) })
                  }
                >
                  {t('courses.removeMeeting', { n: n + 1 })}
                </Button>
              )}
            </div>
          ))}
          {datesError && (
            <p className="rv-field__error" id="session-dates-error">
              <span aria-hidden="true">⚠ </span>
              {datesError}
            </p>
          )}
          <Button
            variant="secondary"
            onClick={() => set({ meetingDates: [...form.meetingDates, ''] })}
          >
            {t('courses.addMeeting')}
          </Button>
        </fieldset>
        <Button type="submit" busy={creating.loading} busyLabel={t('users.saving')}>
          {t('courses.create')}
        </Button>
      </form>
    </Page>
  );
}
