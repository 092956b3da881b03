import { Button, ErrorState, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserError } from '../auth/login-mutation';
import { SelectField } from '../forms/select-field';
import { TextAreaField } from '../forms/text-area-field';
import { splitUserErrors } from '../forms/user-errors';
import { bakuDate } from './baku-date';
import { NOTE_KINDS, type NoteKind, type NoteValues } from './case-notes-documents';

const FIELDS = ['kind', 'date', 'text', 'followUpOn'] as const;

/** Adds or edits a case note; the API's userErrors land on the fields they name. */
export function NoteForm({
  idPrefix,
  title,
  initial,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  initial?: NoteValues;
  /** Resolves to the userErrors (empty when saved), or null when the API was unreachable. */
  onSubmit: (values: NoteValues) => Promise<UserError[] | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const blank = { kind: 'HOME_VISIT' as NoteKind, date: bakuDate(new Date().toISOString()) };
  const [values, setValues] = useState({ text: '', followUpOn: '', ...(initial ?? blank) });
  const [byField, setByField] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (path: string) => `${idPrefix}-${path}`;
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    const errors = await onSubmit({
      kind: values.kind,
      date: values.date,
      text: values.text.trim(),
      ...(values.followUpOn ? { followUpOn: values.followUpOn } : {}),
    });
    setBusy(false);
    if (errors === null) {
      setGeneral(t('register.networkError'));
      return;
    }
    const split = splitUserErrors(errors, (p) => (FIELDS as readonly string[]).includes(p));
    setByField(split.byField);
    setGeneral(split.general.length ? split.general.map((e) => e.message).join(' ') : null);
    if (errors.length === 0) {
      if (!initial) setValues({ ...blank, text: '', followUpOn: '' });
      return;
    }
    // Focus the first field in form order that has an error.
    const first = FIELDS.find((f) => split.byField[f]);
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={fieldId('heading')}>
      <h3 id={fieldId('heading')}>{title}</h3>
      {general && <ErrorState title={t('file.saveFailed')} message={general} />}
      <SelectField
        id={fieldId('kind')}
        label={t('notes.kind')}
        value={values.kind}
        error={byField.kind}
        options={NOTE_KINDS.map((k) => ({ value: k, label: t(`notes.kinds.${k}`) }))}
        onChange={(e) => set({ kind: e.target.value as NoteKind })}
      />
      <TextField
        id={fieldId('date')}
        type="date"
        label={t('notes.date')}
        value={values.date}
        error={byField.date}
        onChange={(e) => set({ date: e.target.value })}
      />
      <TextAreaField
        id={fieldId('text')}
        label={t('notes.text')}
        value={values.text}
        error={byField.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <TextField
        id={fieldId('followUpOn')}
        type="date"
        label={t('notes.followUpOn')}
        hint={t('notes.followUpHint')}
        value={values.followUpOn}
        error={byField.followUpOn}
        onChange={(e) => set({ followUpOn: e.target.value })}
      />
      <div className="admin-row">
        <Button type="submit" busy={busy} busyLabel={t('users.saving')}>
          {initial ? t('users.save') : t('notes.add')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('users.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
