import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { District } from '../districts/district.types';
import { UserError } from '../graphql/common.types';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { CourseTopic } from '../loans/loan-product.types';

export enum Language {
  AZ = 'AZ',
  RU = 'RU',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language' });

export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

export enum AttendanceMark {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(AttendanceMark, { name: 'AttendanceMark' });

@ObjectType('Course')
export class Course {
  @Field(() => ID)
  id: string;

  @Field(() => CourseTopic)
  topic: CourseTopic;

  @Field(() => String, { description: 'In the language asked for (English by default).' })
  title: string;

  @Field(() => String, { description: 'In the language asked for (English by default).' })
  description: string;
}

@ObjectType('CourseSession')
export class CourseSession {
  @Field(() => ID)
  id: string;

  @Field(() => Course)
  course: Course;

  @Field(() => District)
  district: District;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => [DateScalar])
  meetingDates: string[];

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Seats not held by ENROLLED or COMPLETED survivors.' })
  seatsLeft: number;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  trainer: string | null;
}

@ObjectType('AttendanceRecord')
export class AttendanceRecord {
  @Field(() => DateScalar)
  date: string;

  @Field(() => AttendanceMark)
  mark: AttendanceMark;

  @Field(() => DateTimeScalar)
  recordedAt: string;
}

@ObjectType('Enrollment')
export class Enrollment {
  @Field(() => ID)
  id: string;

  @Field(() => CourseSession)
  session: CourseSession;

  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => EnrollmentStatus)
  status: EnrollmentStatus;

  @Field(() => Int, {
    nullable: true,
    description: '1 for the first in line; null unless WAITLISTED.',
  })
  waitlistPosition: number | null;

  @Field(() => String, { nullable: true, description: 'Set when COMPLETED.' })
  certificateNumber: string | null;

  @Field(() => [AttendanceRecord], { description: 'Marks recorded so far, oldest meeting first.' })
  attendance: AttendanceRecord[];
}

@InputType()
export class CreateCourseInput {
  @Field(() => CourseTopic)
  topic: CourseTopic;

  @Field(() => String)
  @Length(1, 200)
  titleEn: string;

  @Field(() => String)
  @Length(1, 200)
  titleAz: string;

  @Field(() => String)
  @Length(1, 200)
  titleRu: string;

  @Field(() => String)
  @Length(1, 4000)
  descriptionEn: string;

  @Field(() => String)
  @Length(1, 4000)
  descriptionAz: string;

  @Field(() => String)
  @Length(1, 4000)
  descriptionRu: string;
}

@ObjectType()
export class CoursePayload {
  @Field(() => Course, { nullable: true })
  course: Course | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class CreateCourseSessionInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => ID)
  districtId: string;

  @Field(() => [DateScalar], {
    description:
      'First and last define startsOn and endsOn. Past dates are allowed, to enter sessions held on paper.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  meetingDates: string[];

  @Field(() => Int)
  @Min(1)
  @Max(500)
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  trainer?: string | null;
}

@ObjectType()
export class CourseSessionPayload {
  @Field(() => CourseSession, { nullable: true })
  session: CourseSession | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class CourseSessionFilter {
  @Field(() => [ID], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [CourseTopic], { nullable: true })
  topics?: CourseTopic[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only sessions starting on or after this date.',
  })
  from?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => DateScalar, {
    description: "One of the session's meeting dates, not in the future.",
  })
  date: string;

  @Field(() => AttendanceMark)
  mark: AttendanceMark;
}

@InputType()
export class EnrollInSessionInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Case managers name the survivor (also late, and for past sessions); a BENEFICIARY enrolls themself, before the start, and leaves this out.',
  })
  beneficiaryId?: string | null;
}

@InputType()
export class CancelEnrollmentInput {
  @Field(() => ID)
  enrollmentId: string;
}

@ObjectType()
export class EnrollmentPayload {
  @Field(() => Enrollment, { nullable: true })
  enrollment: Enrollment | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
