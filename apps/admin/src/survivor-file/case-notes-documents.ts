import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { USER_ERROR_FIELDS } from '../forms/user-error-fields';

export const NOTE_KINDS = [
  'HOME_VISIT',
  'PHONE_CALL',
  'COUNSELLING',
  'BUSINESS_ADVICE',
  'SOCIAL_INTERMEDIATION',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export type FollowUpState = 'NONE' | 'UPCOMING' | 'DUE' | 'OVERDUE' | 'DONE';

export interface CaseNoteRevision {
  __typename?: 'CaseNoteRevision';
  kind: NoteKind;
  date: string;
  text: string;
  followUpOn: string | null;
  editedBy: string | null;
  editedAt: string;
}

export interface CaseNote {
  __typename?: 'CaseNote';
  id: string;
  kind: NoteKind;
  date: string;
  text: string;
  author: string | null;
  followUpOn: string | null;
  followUpState: FollowUpState;
  daysOverdue: number;
  revisions: CaseNoteRevision[];
}

const NOTE_FIELDS = gql`
  fragment AdminCaseNoteFields on CaseNote {
    id
    kind
    date
    text
    author
    followUpOn
    followUpState
    daysOverdue
    revisions {
      kind
      date
      text
      followUpOn
      editedBy
      editedAt
    }
  }
`;

export const CASE_NOTES_QUERY: TypedDocumentNode<
  { beneficiary: { __typename?: 'Beneficiary'; id: string; caseNotes: CaseNote[] | null } | null },
  { id: string }
> = gql`
  query AdminSurvivorCaseNotes($id: ID!) {
    beneficiary(id: $id) {
      id
      caseNotes {
        ...AdminCaseNoteFields
      }
    }
  }
  ${NOTE_FIELDS}
`;

interface CaseNotePayload {
  __typename?: 'CaseNotePayload';
  caseNote: CaseNote | null;
  userErrors: UserError[];
}

export interface NoteValues {
  kind: NoteKind;
  date: string;
  text: string;
  followUpOn?: string;
}

export const ADD_CASE_NOTE_MUTATION: TypedDocumentNode<
  { addCaseNote: CaseNotePayload },
  { input: NoteValues & { beneficiaryId: string } }
> = gql`
  mutation AdminAddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      caseNote {
        ...AdminCaseNoteFields
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${NOTE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const EDIT_CASE_NOTE_MUTATION: TypedDocumentNode<
  { editCaseNote: CaseNotePayload },
  { input: NoteValues & { caseNoteId: string } }
> = gql`
  mutation AdminEditCaseNote($input: EditCaseNoteInput!) {
    editCaseNote(input: $input) {
      caseNote {
        ...AdminCaseNoteFields
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${NOTE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const COMPLETE_FOLLOW_UP_MUTATION: TypedDocumentNode<
  { completeFollowUp: CaseNotePayload },
  { input: { caseNoteId: string } }
> = gql`
  mutation AdminCompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      caseNote {
        ...AdminCaseNoteFields
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${NOTE_FIELDS}
  ${USER_ERROR_FIELDS}
`;
