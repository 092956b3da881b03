import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bakuDate } from './baku-date';
import {
  ADD_CASE_NOTE_MUTATION,
  COMPLETE_FOLLOW_UP_MUTATION,
  EDIT_CASE_NOTE_MUTATION,
} from './case-notes-documents';
import { CaseNotesSection } from './case-notes-section';
import { caseNote, notesMock, renderSection } from './cases-test-data';

const addMock = (input: object, payload: object) => ({
  request: { query: ADD_CASE_NOTE_MUTATION, variables: { input } },
  result: { data: { addCaseNote: { __typename: 'CaseNotePayload', ...payload } } },
});

describe('case notes section', () => {
  it('lists notes with their follow-up state and earlier versions', async () => {
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [
      notesMock([
        caseNote({
          revisions: [
            {
              __typename: 'CaseNoteRevision',
              kind: 'PHONE_CALL',
              date: '2026-11-19',
              text: 'Called about the workshop.',
              followUpOn: null,
              editedBy: 'Rauf Əliyev',
              editedAt: '2026-11-21T08:00:00.000Z',
            },
          ],
        }),
      ]),
    ]);
    const item = (await screen.findByText('Visited the workshop.')).closest('li')!;
    expect(within(item).getByText('Home visit')).toBeInTheDocument();
    expect(within(item).getByText('Overdue by 3 days')).toBeInTheDocument();
    expect(within(item).getByText('Earlier versions (1)')).toBeInTheDocument();
    expect(item).toHaveTextContent('Called about the workshop. (changed by Rauf Əliyev)');
    expect(within(item).getByRole('button', { name: 'Mark follow-up done' })).toBeInTheDocument();
  });

  it('adds a note with the chosen values and shows it', async () => {
    const user = userEvent.setup();
    const today = bakuDate(new Date().toISOString());
    const input = {
      beneficiaryId: 'b1',
      kind: 'COUNSELLING',
      date: today,
      text: 'Talked about the loan.',
      followUpOn: '2026-12-04',
    };
    const added = caseNote({
      id: 'n2',
      kind: 'COUNSELLING',
      date: today,
      text: 'Talked about the loan.',
      followUpOn: '2026-12-04',
      followUpState: 'UPCOMING',
      daysOverdue: 0,
    });
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [
      notesMock([]),
      addMock(input, { caseNote: added, userErrors: [] }),
      notesMock([added]),
    ]);
    expect(await screen.findByText('No case notes yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveValue(today);
    await user.selectOptions(screen.getByLabelText('Kind'), 'COUNSELLING');
    await user.type(screen.getByLabelText('Note'), 'Talked about the loan.');
    await user.type(screen.getByLabelText('Follow-up on'), '2026-12-04');
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    const item = (await screen.findByText('Upcoming')).closest('li')!;
    expect(item).toHaveTextContent('Talked about the loan.');
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });

  it('puts a validation error on its field and focuses it', async () => {
    const user = userEvent.setup();
    const today = bakuDate(new Date().toISOString());
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [
      notesMock([]),
      addMock(
        { beneficiaryId: 'b1', kind: 'HOME_VISIT', date: today, text: '' },
        {
          caseNote: null,
          userErrors: [
            {
              __typename: 'UserError',
              code: 'VALIDATION',
              field: ['input', 'text'],
              message: 'Write what happened.',
            },
          ],
        },
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add the note' }));
    const text = screen.getByLabelText('Note');
    expect(await screen.findByText('Write what happened.')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/Write what happened\./);
    await screen.findByText('Write what happened.');
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(text).toHaveFocus();
  });

  it('says the notes are not available when the API withholds them', async () => {
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [notesMock(null)]);
    expect(await screen.findByText('Not available to your role.')).toBeInTheDocument();
  });

  it('changes a note: the form starts from it, sends the change and shows the new text', async () => {
    const user = userEvent.setup();
    const inputs: object[] = [];
    const changed = caseNote({ text: 'Visited the workshop; the roof is fixed.' });
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [
      notesMock([caseNote()]),
      {
        request: {
          query: EDIT_CASE_NOTE_MUTATION,
          variables: (v: { input: object }) => {
            inputs.push(v.input);
            return true;
          },
        },
        result: {
          data: {
            editCaseNote: { __typename: 'CaseNotePayload', caseNote: changed, userErrors: [] },
          },
        },
      },
      notesMock([changed]),
    ]);
    const item = (await screen.findByText('Visited the workshop.')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Change' }));
    const form = screen.getByRole('form', { name: 'Change the note' });
    const text = within(form).getByLabelText('Note');
    expect(text).toHaveValue('Visited the workshop.');
    expect(within(form).getByLabelText('Follow-up on')).toHaveValue('2026-11-25');
    await user.clear(text);
    await user.type(text, 'Visited the workshop; the roof is fixed.');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    // Shown as the note again (not just typed in the box).
    expect(
      await screen.findByText('Visited the workshop; the roof is fixed.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Change the note' })).not.toBeInTheDocument();
    expect(inputs).toEqual([
      {
        caseNoteId: 'n1',
        kind: 'HOME_VISIT',
        date: '2026-11-20',
        text: 'Visited the workshop; the roof is fixed.',
        followUpOn: '2026-11-25',
      },
    ]);
  });

  it('marks a follow-up done: the state says Done and the button goes', async () => {
    const user = userEvent.setup();
    await renderSection(<CaseNotesSection beneficiaryId="b1" />, [
      notesMock([caseNote()]),
      {
        request: { query: COMPLETE_FOLLOW_UP_MUTATION, variables: { input: { caseNoteId: 'n1' } } },
        result: {
          data: {
            completeFollowUp: {
              __typename: 'CaseNotePayload',
              caseNote: caseNote({ followUpState: 'DONE', daysOverdue: 0 }),
              userErrors: [],
            },
          },
        },
      },
    ]);
    const item = (await screen.findByText('Visited the workshop.')).closest('li')!;
    expect(within(item).getByText('Overdue by 3 days')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Mark follow-up done' }));
    expect(await within(item).findByText('Done')).toBeInTheDocument();
    expect(within(item).queryByText('Overdue by 3 days')).not.toBeInTheDocument();
    expect(
      within(item).queryByRole('button', { name: 'Mark follow-up done' }),
    ).not.toBeInTheDocument();
  });
});
