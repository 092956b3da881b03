import { type CalendarDate, compareDates, isCalendarDate } from '../calendar-date';

export const CASE_NOTE_KINDS = [
  'COUNSELLING',
  'HOME_VISIT',
  'PHONE_CALL',
  'SOCIAL_INTERMEDIATION',
  'BUSINESS_ADVICE',
] as const;
export type CaseNoteKindName = (typeof CASE_NOTE_KINDS)[number];

/** Longest case note text, in characters: a page of notes, not a document store. */
export const CASE_NOTE_MAX_LENGTH = 10_000;

export interface CaseNoteFields {
  date: string;
  text: string;
  followUpOn?: string | null;
}

/** One refused field of a case note, in the shape the API turns into a userError. */
export interface FieldProblem {
  field: string;
  code: 'REQUIRED' | 'TOO_LONG' | 'INVALID_DATE' | 'FUTURE_DATE' | 'FOLLOW_UP_BEFORE_NOTE';
  message: string;
}

/**
 * Checks a case note against `today` (Asia/Baku): text present and bounded, a real date not in
 * the future, and a follow-up (if any) on or after the note's date. Returns every problem.
 */
export function validateCaseNote(note: CaseNoteFields, today: CalendarDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = note.text.trim();
  if (text === '') problems.push({ field: 'text', code: 'REQUIRED', message: 'Write the note.' });
  else if (text.length > CASE_NOTE_MAX_LENGTH)
    problems.push({
      field: 'text',
      code: 'TOO_LONG',
      message: `A note is at most ${CASE_NOTE_MAX_LENGTH} characters.`,
    });
  const dateOk = isCalendarDate(note.date);
  if (!dateOk)
    problems.push({ field: 'date', code: 'INVALID_DATE', message: 'Give a date as YYYY-MM-DD.' });
  else if (compareDates(note.date, today) > 0)
    problems.push({
      field: 'date',
      code: 'FUTURE_DATE',
      message: 'A note records what happened: its date cannot be in the future.',
    });
  const followUp = note.followUpOn;
  if (followUp != null) {
    if (!isCalendarDate(followUp))
      problems.push({
        field: 'followUpOn',
        code: 'INVALID_DATE',
        message: 'Give the follow-up date as YYYY-MM-DD.',
      });
    else if (dateOk && compareDates(followUp, note.date) < 0)
      problems.push({
        field: 'followUpOn',
        code: 'FOLLOW_UP_BEFORE_NOTE',
        message: 'The follow-up cannot be before the note date.',
      });
  }
  return problems;
}
