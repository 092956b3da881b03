import { classifyFollowUp, todayIn } from '@revolve/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole, requireUser } from '../auth/guards';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { addCaseNote } from './add-case-note';
import { assertMayReadCases } from './case-access';
import { caseLoaders } from './case-loaders';
import { type CaseNoteRevisionEntity } from './case-note-revision.entity';
import { CaseNoteEntity } from './case-note.entity';
import { type CaseNoteResult } from './case-result';
import {
  AddCaseNoteInput,
  CaseNote,
  CaseNotePayload,
  CaseNoteRevision,
  CompleteFollowUpInput,
  EditCaseNoteInput,
  FollowUpState,
} from './case.types';
import { completeFollowUp } from './complete-follow-up';
import { editCaseNote } from './edit-case-note';

export const CASE_WRITERS = ['ADMIN', 'CASE_MANAGER'] as const;

async function displayName(ctx: RequestContext, userId: string | null): Promise<string | null> {
  return userId ? ((await ctx.loaders.user.load(userId))?.displayName ?? null) : null;
}

@Resolver(() => CaseNote)
export class CaseNoteResolver {
  @Query(() => CaseNote, {
    nullable: true,
    description: 'ADMIN, or a CASE_MANAGER of the survivor’s district.',
  })
  async caseNote(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseNoteEntity | null> {
    const user = requireRole(ctx, CASE_WRITERS);
    const note = await ctx.dataSource.getRepository(CaseNoteEntity).findOneBy({ id });
    if (!note) return null;
    const b = await ctx.loaders.beneficiary.load(note.beneficiaryId);
    assertMayReadCases(user, b?.districtId ?? '');
    return note;
  }

  @Mutation(() => CaseNotePayload, {
    description: 'ADMIN or a CASE_MANAGER of the survivor’s district.',
  })
  addCaseNote(
    @Arg('input', () => AddCaseNoteInput) input: AddCaseNoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseNoteResult> {
    return addCaseNote(ctx, requireRole(ctx, CASE_WRITERS), input);
  }

  @Mutation(() => CaseNotePayload, {
    description:
      'Replaces kind, date, text and follow-up; the earlier version is kept in revisions. A changed follow-up date reopens it.',
  })
  editCaseNote(
    @Arg('input', () => EditCaseNoteInput) input: EditCaseNoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseNoteResult> {
    return editCaseNote(ctx, requireRole(ctx, CASE_WRITERS), input);
  }

  @Mutation(() => CaseNotePayload, { description: 'Marks the note’s follow-up done.' })
  completeFollowUp(
    @Arg('input', () => CompleteFollowUpInput) input: CompleteFollowUpInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseNoteResult> {
    return completeFollowUp(ctx, requireRole(ctx, CASE_WRITERS), input);
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(
    @Root() n: CaseNoteEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryEntity> {
    return (await ctx.loaders.beneficiary.load(n.beneficiaryId)) as BeneficiaryEntity;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the author.' })
  author(@Root() n: CaseNoteEntity, @Ctx() ctx: RequestContext): Promise<string | null> {
    return displayName(ctx, n.authorId);
  }

  @FieldResolver(() => FollowUpState)
  followUpState(@Root() n: CaseNoteEntity, @Ctx() ctx: RequestContext): FollowUpState {
    const today = todayIn('Asia/Baku', ctx.now());
    return classifyFollowUp(n.followUpOn, n.followUpDoneAt !== null, today).state as FollowUpState;
  }

  @FieldResolver(() => Int, { description: 'Whole days past followUpOn while open; else 0.' })
  daysOverdue(@Root() n: CaseNoteEntity, @Ctx() ctx: RequestContext): number {
    const today = todayIn('Asia/Baku', ctx.now());
    return classifyFollowUp(n.followUpOn, n.followUpDoneAt !== null, today).daysOverdue;
  }

  @FieldResolver(() => [CaseNoteRevision], {
    description: 'Earlier versions, the most recently replaced first.',
  })
  async revisions(@Root() n: CaseNoteEntity, @Ctx() ctx: RequestContext) {
    requireUser(ctx);
    const rows: CaseNoteRevisionEntity[] = await caseLoaders(ctx).revisionsOfNote.load(n.id);
    return Promise.all(
      rows.map(async (r) => ({ ...r, editedBy: await displayName(ctx, r.editedById) })),
    );
  }
}
