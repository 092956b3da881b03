import { CASE_NOTE_MAX_LENGTH, validateCaseNote } from './case-notes';

const TODAY = '2026-11-28';
const fields = (problems: { field: string; code: string }[]) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('validateCaseNote', () => {
  it('accepts a note dated today with a later follow-up', () => {
    expect(
      validateCaseNote({ date: TODAY, text: 'Visited.', followUpOn: '2026-12-05' }, TODAY),
    ).toEqual([]);
  });

  it('accepts a follow-up on the note day and one already in the past (notes entered late)', () => {
    expect(
      validateCaseNote({ date: '2026-10-01', text: 'x', followUpOn: '2026-10-01' }, TODAY),
    ).toEqual([]);
    expect(
      validateCaseNote({ date: '2026-10-01', text: 'x', followUpOn: '2026-10-15' }, TODAY),
    ).toEqual([]);
  });

  it('refuses empty or blank text, and text over the limit', () => {
    expect(fields(validateCaseNote({ date: TODAY, text: '  \n ' }, TODAY))).toEqual([
      'text:REQUIRED',
    ]);
    const long = 'a'.repeat(CASE_NOTE_MAX_LENGTH + 1);
    expect(fields(validateCaseNote({ date: TODAY, text: long }, TODAY))).toEqual(['text:TOO_LONG']);
    expect(validateCaseNote({ date: TODAY, text: long.slice(1) }, TODAY)).toEqual([]);
  });

  it('refuses a date after today (Baku), but not today', () => {
    expect(fields(validateCaseNote({ date: '2026-11-29', text: 'x' }, TODAY))).toEqual([
      'date:FUTURE_DATE',
    ]);
  });

  it('refuses dates that are not real calendar dates', () => {
    expect(fields(validateCaseNote({ date: '2026-02-30', text: 'x' }, TODAY))).toEqual([
      'date:INVALID_DATE',
    ]);
    expect(
      fields(validateCaseNote({ date: TODAY, text: 'x', followUpOn: '2026-13-01' }, TODAY)),
    ).toEqual(['followUpOn:INVALID_DATE']);
  });

  it('refuses a follow-up before the note date', () => {
    expect(
      fields(validateCaseNote({ date: '2026-11-20', text: 'x', followUpOn: '2026-11-19' }, TODAY)),
    ).toEqual(['followUpOn:FOLLOW_UP_BEFORE_NOTE']);
  });

  it('reports every problem at once', () => {
    expect(
      fields(validateCaseNote({ date: '2027-01-02', text: '', followUpOn: '2027-01-01' }, TODAY)),
    ).toEqual(['text:REQUIRED', 'date:FUTURE_DATE', 'followUpOn:FOLLOW_UP_BEFORE_NOTE']);
  });
});
