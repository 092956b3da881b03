import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createI18n, type LanguageCode } from '@revolve/ui';
import { render } from '@testing-library/react';
import { type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import az from '../locales/az.json';
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import { CASE_NOTES_QUERY, type CaseNote } from './case-notes-documents';
import { type Referral, REFERRALS_QUERY } from './referrals-documents';

export const caseNote = (extra: Partial<CaseNote> = {}): CaseNote => ({
  __typename: 'CaseNote',
  id: 'n1',
  kind: 'HOME_VISIT',
  date: '2026-11-20',
  text: 'Visited the workshop.',
  author: 'Leyla Həsənova',
  followUpOn: '2026-11-25',
  followUpState: 'OVERDUE',
  daysOverdue: 3,
  revisions: [],
  ...extra,
});

export const referral = (extra: Partial<Referral> = {}): Referral => ({
  __typename: 'Referral',
  id: 'r1',
  service: 'PROSTHETICS',
  provider: 'Baku prosthetics centre',
  reason: 'New socket.',
  sharesPersonalData: true,
  referredOn: '2026-11-21',
  status: 'SENT',
  outcome: null,
  nextStatuses: ['ACCEPTED', 'REJECTED'],
  ...extra,
});

export const notesMock = (notes: CaseNote[] | null): MockLink.MockedResponse => ({
  request: { query: CASE_NOTES_QUERY, variables: { id: 'b1' } },
  result: { data: { beneficiary: { __typename: 'Beneficiary', id: 'b1', caseNotes: notes } } },
});

export const referralsMock = (referrals: Referral[] | null): MockLink.MockedResponse => ({
  request: { query: REFERRALS_QUERY, variables: { id: 'b1' } },
  result: { data: { beneficiary: { __typename: 'Beneficiary', id: 'b1', referrals } } },
});

/** Renders one section alone with mocked GraphQL and the real English texts. */
export async function renderSection(ui: ReactElement, mocks: MockLink.MockedResponse[]) {
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: 'en',
    supported: ['az', 'ru', 'en'],
    load: async (lng) => ({ az, ru, en })[lng],
    storage: null,
  });
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>{ui}</MockedProvider>
    </I18nextProvider>,
  );
}
