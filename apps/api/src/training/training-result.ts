import { type UserError } from '../graphql/common.types';
import { type CourseSessionEntity } from './course-session.entity';
import { type EnrollmentEntity } from './enrollment.entity';

export interface EnrollmentResult {
  enrollment: EnrollmentEntity | null;
  userErrors: UserError[];
}

export interface SessionResult {
  session: CourseSessionEntity | null;
  userErrors: UserError[];
}
