import { useMutation, useQuery } from '@apollo/client/react';
import { Button, DateText, ErrorState, LoadingState, StatusBadge } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADD_CASE_NOTE_MUTATION,
  CASE_NOTES_QUERY,
  type CaseNote,
  COMPLETE_FOLLOW_UP_MUTATION,
  EDIT_CASE_NOTE_MUTATION,
} from './case-notes-documents';
import { NoteForm } from './note-form';

/** Case notes, newest first, with follow-ups; hidden from roles the API refuses them to. */
export function CaseNotesSection({ beneficiaryId }: { beneficiaryId: string }) {
  const { t } = useTranslation();
  // errorPolicy "all": a FORBIDDEN at caseNotes still gives the rest, with caseNotes null.
  const { data, loading, error, refetch } = useQuery(CASE_NOTES_QUERY, {
    variables: { id: beneficiaryId },
    errorPolicy: 'all',
  });
  const [add] = useMutation(ADD_CASE_NOTE_MUTATION);
  const notes = data?.beneficiary?.caseNotes;
  const reload = () => void refetch().catch(() => undefined);

  let body;
  if (loading && !data) body = <LoadingState label={t('notes.loading')} />;
  else if (data?.beneficiary && notes === null)
    body = <p className="admin-muted">{t('notes.notForRole')}</p>;
  else if (error || !notes)
    body = (
      <ErrorState
        title={t('notes.error')}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={reload}
      />
    );
  else
    body = (
      <>
        {notes.length === 0 ? (
          <p className="admin-muted">{t('notes.none')}</p>
        ) : (
          <ul>
            {notes.map((n) => (
              <NoteItem key={n.id} note={n} onChanged={reload} />
            ))}
          </ul>
        )}
        <NoteForm
          idPrefix="note-new"
          title={t('notes.addTitle')}
          onSubmit={async (values) => {
            try {
              const result = await add({ variables: { input: { beneficiaryId, ...values } } });
              const payload = result.data?.addCaseNote;
              if (!payload) return null;
              if (payload.userErrors.length === 0) reload();
              return payload.userErrors;
            } catch {
              return null;
            }
          }}
        />
      </>
    );

  return (
    <section className="admin-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.title')}</h2>
      {body}
    </section>
  );
}

function FollowUp({ note }: { note: CaseNote }) {
  const { t, i18n } = useTranslation();
  if (!note.followUpOn || note.followUpState === 'NONE') return null;
  const tone = {
    UPCOMING: 'info',
    DUE: 'warning',
    OVERDUE: 'danger',
    DONE: 'success',
  } as const;
  return (
    <p>
      {t('notes.followUpOn')}: <DateText value={note.followUpOn} locale={i18n.language} />{' '}
      <StatusBadge
        tone={tone[note.followUpState]}
        label={t(`notes.followUp.${note.followUpState}`, { n: note.daysOverdue })}
      />
    </p>
  );
}

function NoteItem({ note, onChanged }: { note: CaseNote; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [edit] = useMutation(EDIT_CASE_NOTE_MUTATION);
  const [complete, completing] = useMutation(COMPLETE_FOLLOW_UP_MUTATION);

  const markDone = async () => {
    setProblem(null);
    try {
      const result = await complete({ variables: { input: { caseNoteId: note.id } } });
      const errors = result.data?.completeFollowUp.userErrors ?? [];
      if (errors.length) setProblem(errors.map((e) => e.message).join(' '));
    } catch {
      setProblem(t('register.networkError'));
    }
  };

  if (editing)
    return (
      <li>
        <NoteForm
          idPrefix={`note-${note.id}`}
          title={t('notes.editTitle')}
          initial={{
            kind: note.kind,
            date: note.date,
            text: note.text,
            followUpOn: note.followUpOn ?? '',
          }}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            try {
              const result = await edit({
                variables: { input: { caseNoteId: note.id, ...values } },
              });
              const payload = result.data?.editCaseNote;
              if (!payload) return null;
              if (payload.userErrors.length === 0) {
                setEditing(false);
                onChanged();
              }
              return payload.userErrors;
            } catch {
              return null;
            }
          }}
        />
      </li>
    );

  const open = note.followUpOn && note.followUpState !== 'DONE' && note.followUpState !== 'NONE';
  return (
    <li className="admin-note">
      <p>
        <strong>{t(`notes.kinds.${note.kind}`)}</strong>,{' '}
        <DateText value={note.date} locale={i18n.language} /> · {note.author ?? t('file.unknown')}
      </p>
      <p className="loan-plan">{note.text}</p>
      <FollowUp note={note} />
      {problem && <ErrorState title={t('file.saveFailed')} message={problem} />}
      <div className="admin-row">
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {t('notes.edit')}
        </Button>
        {open && (
          <Button
            variant="secondary"
            busy={completing.loading}
            busyLabel={t('users.saving')}
            onClick={() => void markDone()}
          >
            {t('notes.markDone')}
          </Button>
        )}
      </div>
      {note.revisions.length > 0 && (
        <details>
          <summary>{t('notes.revisions', { n: note.revisions.length })}</summary>
          <ul>
            {note.revisions.map((r) => (
              <li key={r.editedAt}>
                {t(`notes.kinds.${r.kind}`)}, <DateText value={r.date} locale={i18n.language} />:{' '}
                {r.text} ({t('notes.editedBy', { who: r.editedBy ?? t('file.unknown') })})
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
