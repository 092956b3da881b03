import { useMutation } from '@apollo/client/react';
import { todayIn } from '@revolve/domain';
import { Button, formatDate } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import {
  type AttendanceMark,
  RECORD_ATTENDANCE_MUTATION,
  type SessionDetail,
  type SessionEnrollment,
} from './course-documents';

const MARKS: AttendanceMark[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/**
 * The register for one meeting: a mark per seated survivor. Future meetings cannot be chosen
 * (the API refuses them); past ones can, so registers kept on paper are entered afterwards.
 * Only marks that changed are sent, one mutation each.
 */
export function AttendanceRegister({
  session,
  onDone,
}: {
  session: SessionDetail;
  onDone: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const today = todayIn();
  const held = session.meetingDates.filter((d) => d <= today);
  const [date, setDate] = useState(held.at(-1) ?? '');
  const seated = session.enrollments.filter(
    (e) => e.status === 'ENROLLED' || e.status === 'COMPLETED',
  );
  const recorded = (e: SessionEnrollment) => e.attendance.find((a) => a.date === date)?.mark;
  const [marks, setMarks] = useState<Record<string, AttendanceMark>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RECORD_ATTENDANCE_MUTATION);
  const markOf = (e: SessionEnrollment) => marks[`${date}/${e.id}`] ?? recorded(e);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    const found: Record<string, string> = {};
    let saved = 0;
    for (const e of seated) {
      const mark = marks[`${date}/${e.id}`];
      if (!mark || mark === recorded(e)) continue;
      try {
        const r = await record({ variables: { input: { enrollmentId: e.id, date, mark } } });
        const p = r.data?.recordAttendance;
        if (p?.enrollment && p.userErrors.length === 0) saved += 1;
        else found[e.id] = p?.userErrors.map((u) => u.message).join(' ') || t('users.networkError');
      } catch {
        found[e.id] = t('users.networkError');
      }
    }
    setSaving(false);
    setErrors(found);
    const first = seated.find((e) => found[e.id]);
    if (first) {
      document.getElementById(`mark-${first.id}-${markOf(first) ?? 'PRESENT'}`)?.focus();
      return;
    }
    setMarks({});
    onDone(
      t('courses.registerSaved', {
        n: saved,
        date: formatDate(date, i18n.language),
      }),
    );
  };

  return (
    <section className="admin-section" aria-labelledby="register-heading">
      <h2 id="register-heading">{t('courses.registerTitle')}</h2>
      {seated.length === 0 ? (
        <p className="admin-muted">{t('courses.registerNobody')}</p>
      ) : held.length === 0 ? (
        <p className="admin-muted">{t('courses.registerNotYet')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void save(e)}>
          <SelectField
            label={t('courses.meeting')}
            hint={t('courses.meetingHint')}
            options={session.meetingDates.map((d, n) => ({
              value: d,
              label:
                `${n + 1}. ${formatDate(d, i18n.language)}` +
                (d > today ? ` (${t('courses.notYet')})` : ''),
            }))}
            value={date}
            onChange={(e) => {
              if (e.target.value <= today) setDate(e.target.value);
              setErrors({});
            }}
          />
          {seated.map((e) => (
            <MarkChoice
              key={`${date}/${e.id}`}
              enrollment={e}
              value={markOf(e)}
              error={errors[e.id] ?? null}
              onChange={(mark) => setMarks((m) => ({ ...m, [`${date}/${e.id}`]: mark }))}
            />
          ))}
          <Button
            type="submit"
            className="admin-after-list"
            busy={saving}
            busyLabel={t('users.saving')}
          >
            {t('courses.saveRegister')}
          </Button>
        </form>
      )}
    </section>
  );
}

function MarkChoice({
  enrollment,
  value,
  error,
  onChange,
}: {
  enrollment: SessionEnrollment;
  value: AttendanceMark | undefined;
  error: string | null;
  onChange: (mark: AttendanceMark) => void;
}) {
  const { t } = useTranslation();
  const errorId = `mark-${enrollment.id}-error`;
  const who = `${enrollment.beneficiary.code} ${enrollment.beneficiary.fullName ?? ''}`.trim();
  return (
    <fieldset className="admin-marks" aria-describedby={error ? errorId : undefined}>
      <legend>{who}</legend>
      {MARKS.map((m) => (
        <label key={m} className="admin-check" htmlFor={`mark-${enrollment.id}-${m}`}>
          <input
            type="radio"
            id={`mark-${enrollment.id}-${m}`}
            name={`mark-${enrollment.id}`}
            value={m}
            checked={value === m}
            onChange={() => onChange(m)}
          />
          {t(`courses.marks.${m}`)}
        </label>
      ))}
      {error && (
        <p className="rv-field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {who}: {error}
        </p>
      )}
    </fieldset>
  );
}
