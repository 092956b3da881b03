import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { UserError } from '../graphql/common.types';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';

export enum CaseNoteKind {
  COUNSELLING = 'COUNSELLING',
  HOME_VISIT = 'HOME_VISIT',
  PHONE_CALL = 'PHONE_CALL',
  SOCIAL_INTERMEDIATION = 'SOCIAL_INTERMEDIATION',
  BUSINESS_ADVICE = 'BUSINESS_ADVICE',
}
registerEnumType(CaseNoteKind, { name: 'CaseNoteKind' });

export enum FollowUpState {
  NONE = 'NONE',
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(FollowUpState, {
  name: 'FollowUpState',
  description: 'Where a follow-up stands today (Asia/Baku): DUE on its day, OVERDUE after it.',
});

export enum ReferralService {
  MEDICAL = 'MEDICAL',
  PROSTHETICS = 'PROSTHETICS',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  LEGAL = 'LEGAL',
  EMPLOYMENT = 'EMPLOYMENT',
  OTHER = 'OTHER',
}
registerEnumType(ReferralService, { name: 'ReferralService' });

export enum ReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DONE = 'DONE',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'SENT -> ACCEPTED | REJECTED; ACCEPTED -> DONE. REJECTED and DONE are final.',
});

@ObjectType('CaseNoteRevision', { description: 'A case note as it was before one edit.' })
export class CaseNoteRevision {
  @Field(() => CaseNoteKind)
  kind: CaseNoteKind;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String)
  text: string;

  @Field(() => DateScalar, { nullable: true })
  followUpOn: string | null;

  @Field(() => String, { nullable: true, description: 'Who replaced this version.' })
  editedBy: string | null;

  @Field(() => DateTimeScalar)
  editedAt: string;
}

@ObjectType('CaseNote', {
  description:
    'Counselling and case-management record. ADMIN, and CASE_MANAGER of the survivor’s district only.',
})
export class CaseNote {
  @Field(() => ID)
  id: string;

  @Field(() => CaseNoteKind)
  kind: CaseNoteKind;

  @Field(() => DateScalar, { description: 'When it happened; never in the future.' })
  date: string;

  @Field(() => String)
  text: string;

  @Field(() => DateScalar, { nullable: true })
  followUpOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  followUpDoneAt: string | null;

  @Field(() => DateTimeScalar)
  createdAt: string;

  @Field(() => DateTimeScalar, { description: 'Last edit (or creation).' })
  updatedAt: string;
}

@InputType()
export class AddCaseNoteInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => CaseNoteKind)
  kind: CaseNoteKind;

  @Field(() => DateScalar, { description: 'When it happened (Asia/Baku); not in the future.' })
  date: string;

  @Field(() => String)
  text: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or after the note date.' })
  followUpOn?: string | null;
}

@InputType({ description: 'Replaces the note; the version before is kept as a revision.' })
export class EditCaseNoteInput {
  @Field(() => ID)
  caseNoteId: string;

  @Field(() => CaseNoteKind)
  kind: CaseNoteKind;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String)
  text: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null or absent: no follow-up.' })
  followUpOn?: string | null;
}

@InputType()
export class CompleteFollowUpInput {
  @Field(() => ID)
  caseNoteId: string;
}

@ObjectType('CaseNotePayload')
export class CaseNotePayload {
  @Field(() => CaseNote, { nullable: true })
  caseNote: CaseNote | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('Referral', {
  description:
    'A survivor sent to an outside service. ADMIN, and CASE_MANAGER of the survivor’s district only.',
})
export class Referral {
  @Field(() => ID)
  id: string;

  @Field(() => ReferralService)
  service: ReferralService;

  @Field(() => String, { description: 'To whom: the provider’s name.' })
  provider: string;

  @Field(() => String, { description: 'Why the survivor is referred.' })
  reason: string;

  @Field(() => Boolean, { description: 'Personal data goes to the provider (needs consent).' })
  sharesPersonalData: boolean;

  @Field(() => DateScalar)
  referredOn: string;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => DateTimeScalar)
  createdAt: string;

  @Field(() => DateTimeScalar)
  updatedAt: string;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => ReferralService)
  service: ReferralService;

  @Field(() => String)
  @Length(1, 200)
  provider: string;

  @Field(() => String)
  @Length(1, 4000)
  reason: string;

  @Field(() => Boolean, {
    description:
      'True when personal data goes to the provider: refused (CONSENT_REQUIRED) without the survivor’s consent.referrals.',
  })
  sharesPersonalData: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (Asia/Baku).' })
  referredOn?: string | null;
}

@InputType()
export class UpdateReferralStatusInput {
  @Field(() => ID)
  referralId: string;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'What came of it; kept when absent.' })
  @IsOptional()
  @Length(0, 4000)
  outcome?: string | null;
}

@ObjectType('ReferralPayload')
export class ReferralPayload {
  @Field(() => Referral, { nullable: true })
  referral: Referral | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('FollowUp', { description: 'A case note’s follow-up that is due today or overdue.' })
export class FollowUp {
  @Field(() => CaseNote)
  caseNote: CaseNote;

  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => Boolean)
  overdue: boolean;

  @Field(() => Int, { description: 'Whole days past dueOn; 0 when due today.' })
  daysOverdue: number;
}
