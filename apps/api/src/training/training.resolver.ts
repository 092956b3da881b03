import { seatsLeft, waitlistPosition } from '@revolve/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { mayRead, requireRole, requireUser } from '../auth/guards';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { type DistrictEntity } from '../districts/district.entity';
import { District } from '../districts/district.types';
import { forbidden } from '../graphql/errors';
import { DateScalar } from '../graphql/scalars';
import { type AttendanceEntity } from './attendance.entity';
import { cancelEnrollment } from './cancel-enrollment';
import { type CourseSessionEntity, meetingDatesOf } from './course-session.entity';
import { CourseEntity } from './course.entity';
import { createCourse, type CourseResult } from './create-course';
import { createCourseSession } from './create-course-session';
import { enrollInSession } from './enroll-in-session';
import { EnrollmentEntity } from './enrollment.entity';
import { listCourseSessions } from './list-course-sessions';
import { recordAttendance } from './record-attendance';
import { type EnrollmentResult, type SessionResult } from './training-result';
import {
  AttendanceRecord,
  CancelEnrollmentInput,
  Course,
  CoursePayload,
  CourseSession,
  CourseSessionFilter,
  CourseSessionPayload,
  CreateCourseInput,
  CreateCourseSessionInput,
  EnrollInSessionInput,
  Enrollment,
  EnrollmentPayload,
  Language,
  RecordAttendanceInput,
} from './training.types';

const STAFF_WRITERS = ['ADMIN', 'CASE_MANAGER'] as const;

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => [Course], { description: 'The catalogue, by topic then title.' })
  async courses(@Ctx() ctx: RequestContext): Promise<CourseEntity[]> {
    requireUser(ctx);
    return ctx.dataSource
      .getRepository(CourseEntity)
      .find({ order: { topic: 'ASC', titleEn: 'ASC' } });
  }

  @Mutation(() => CoursePayload, { description: 'ADMIN or CASE_MANAGER.' })
  createCourse(
    @Arg('input', () => CreateCourseInput) input: CreateCourseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CourseResult> {
    return createCourse(ctx, requireRole(ctx, STAFF_WRITERS), input);
  }

  @FieldResolver(() => String)
  title(
    @Root() c: CourseEntity,
    @Arg('language', () => Language, { defaultValue: Language.EN }) language: Language,
  ): string {
    return language === Language.AZ ? c.titleAz : language === Language.RU ? c.titleRu : c.titleEn;
  }

  @FieldResolver(() => String)
  description(
    @Root() c: CourseEntity,
    @Arg('language', () => Language, { defaultValue: Language.EN }) language: Language,
  ): string {
    return language === Language.AZ
      ? c.descriptionAz
      : language === Language.RU
        ? c.descriptionRu
        : c.descriptionEn;
  }
}

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  @Query(() => [CourseSession], { description: 'Soonest first.' })
  courseSessions(
    @Arg('filter', () => CourseSessionFilter, { nullable: true })
    filter: CourseSessionFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CourseSessionEntity[]> {
    requireUser(ctx);
    return listCourseSessions(ctx.dataSource, filter);
  }

  @Query(() => CourseSession, {
    nullable: true,
    description: 'One session (null when there is none); like courseSessions, not personal data.',
  })
  async courseSession(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CourseSessionEntity | null> {
    requireUser(ctx);
    return (await ctx.loaders.courseSession.load(id)) ?? null;
  }

  @Mutation(() => CourseSessionPayload, {
    description: 'ADMIN, or a CASE_MANAGER in their own districts.',
  })
  createCourseSession(
    @Arg('input', () => CreateCourseSessionInput) input: CreateCourseSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionResult> {
    return createCourseSession(ctx, requireRole(ctx, STAFF_WRITERS), input);
  }

  @FieldResolver(() => Course)
  async course(@Root() s: CourseSessionEntity, @Ctx() ctx: RequestContext): Promise<CourseEntity> {
    return (await ctx.loaders.course.load(s.courseId)) as CourseEntity;
  }

  @FieldResolver(() => District)
  async district(
    @Root() s: CourseSessionEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<DistrictEntity> {
    return (await ctx.loaders.district.load(s.districtId)) as DistrictEntity;
  }

  @FieldResolver(() => [DateScalar])
  meetingDates(@Root() s: CourseSessionEntity): string[] {
    return meetingDatesOf(s);
  }

  @FieldResolver(() => Int)
  async seatsLeft(@Root() s: CourseSessionEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return seatsLeft(s.capacity, await ctx.loaders.enrollmentsOfSession.load(s.id));
  }

  @FieldResolver(() => [Enrollment], {
    description: 'Staff: ADMIN, or a CASE_MANAGER of the session district (theirs only otherwise).',
  })
  async enrollments(
    @Root() s: CourseSessionEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentEntity[]> {
    const user = requireRole(ctx, ['ADMIN', 'CASE_MANAGER', 'APPROVER']);
    const all = await ctx.loaders.enrollmentsOfSession.load(s.id);
    if (user.role !== 'CASE_MANAGER' || user.districtIds.includes(s.districtId)) return all;
    const survivors = await ctx.loaders.beneficiary.loadMany(all.map((e) => e.beneficiaryId));
    return all.filter((_e, i) => {
      const b = survivors[i];
      return b && !(b instanceof Error) && mayRead(user, b);
    });
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => [Enrollment], { description: 'BENEFICIARY: their own enrollments.' })
  async myEnrollments(@Ctx() ctx: RequestContext): Promise<EnrollmentEntity[]> {
    const user = requireRole(ctx, ['BENEFICIARY']);
    if (!user.beneficiaryId) return [];
    return ctx.loaders.enrollmentsOfBeneficiary.load(user.beneficiaryId);
  }

  @Mutation(() => EnrollmentPayload, {
    description:
      'A survivor enrolls themself before the first meeting; ADMIN or a CASE_MANAGER enrolls a survivor of their districts, also late. A full session waitlists.',
  })
  enrollInSession(
    @Arg('input', () => EnrollInSessionInput) input: EnrollInSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentResult> {
    return enrollInSession(ctx, requireRole(ctx, [...STAFF_WRITERS, 'BENEFICIARY']), input);
  }

  @Mutation(() => EnrollmentPayload, {
    description: 'Frees the seat; the first on the waitlist is enrolled automatically.',
  })
  cancelEnrollment(
    @Arg('input', () => CancelEnrollmentInput) input: CancelEnrollmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentResult> {
    return cancelEnrollment(ctx, requireRole(ctx, [...STAFF_WRITERS, 'BENEFICIARY']), input);
  }

  @Mutation(() => EnrollmentPayload, {
    description:
      'ADMIN or a CASE_MANAGER. COMPLETED with a certificate at 80% PRESENT (EXCUSED counts as absent).',
  })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentResult> {
    return recordAttendance(ctx, requireRole(ctx, STAFF_WRITERS), input);
  }

  @FieldResolver(() => CourseSession)
  async session(
    @Root() e: EnrollmentEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<CourseSessionEntity> {
    return (await ctx.loaders.courseSession.load(e.sessionId)) as CourseSessionEntity;
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(
    @Root() e: EnrollmentEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryEntity> {
    const user = requireUser(ctx);
    const b = await ctx.loaders.beneficiary.load(e.beneficiaryId);
    if (!b || !mayRead(user, b)) throw forbidden();
    return b;
  }

  @FieldResolver(() => Int, { nullable: true })
  async waitlistPosition(
    @Root() e: EnrollmentEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    if (e.status !== 'WAITLISTED') return null;
    return waitlistPosition(await ctx.loaders.enrollmentsOfSession.load(e.sessionId), e.id);
  }

  @FieldResolver(() => [AttendanceRecord])
  attendance(@Root() e: EnrollmentEntity, @Ctx() ctx: RequestContext): Promise<AttendanceEntity[]> {
    return ctx.loaders.attendance.load(e.id);
  }
}

/** Beneficiary.enrollments lives with the courses, so the registry does not depend on them. */
@Resolver(() => Beneficiary)
export class BeneficiaryEnrollmentsResolver {
  @FieldResolver(() => [Enrollment])
  enrollments(
    @Root() b: BeneficiaryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentEntity[]> {
    return ctx.loaders.enrollmentsOfBeneficiary.load(b.id);
  }
}
