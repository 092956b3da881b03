import DataLoader from 'dataloader';
import { type DataSource, In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { HouseholdMemberEntity } from '../beneficiaries/household-member.entity';
import { DistrictEntity } from '../districts/district.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserDistrictEntity } from '../users/user-district.entity';
import { UserEntity } from '../users/user.entity';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEventEntity } from '../loans/loan-event.entity';
import { LoanProductEntity } from '../loans/loan-product.entity';
import { LoanEntity } from '../loans/loan.entity';
import { RepaymentEntity } from '../loans/repayment.entity';
import { AttendanceEntity } from '../training/attendance.entity';
import { CourseSessionEntity } from '../training/course-session.entity';
import { CourseEntity } from '../training/course.entity';
import { EnrollmentEntity } from '../training/enrollment.entity';

function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<T extends ObjectLiteral, K extends keyof T & string>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: K,
  order?: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ds.getRepository(entity).find({
      where: { [key]: In([...ids]) } as never,
      ...(order ? { order: order as never } : {}),
    });
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = r[key] as string;
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Per request: SQL statements per request do not grow with the page size. */
export function createLoaders(ds: DataSource) {
  return {
    district: byId(ds, DistrictEntity),
    organization: byId(ds, OrganizationEntity),
    user: byId(ds, UserEntity),
    beneficiary: byId(ds, BeneficiaryEntity),
    userDistricts: groupedBy(ds, UserDistrictEntity, 'userId'),
    household: groupedBy(ds, HouseholdMemberEntity, 'beneficiaryId', { position: 'ASC' }),
    portalUser: groupedBy(ds, UserEntity, 'beneficiaryId'),
    loanProduct: byId(ds, LoanProductEntity),
    loansOfBeneficiary: groupedBy(ds, LoanEntity, 'beneficiaryId', { reference: 'ASC' }),
    instalments: groupedBy(ds, InstalmentEntity, 'loanId', {
      scheduleVersion: 'ASC',
      number: 'ASC',
    }),
    repayments: groupedBy(ds, RepaymentEntity, 'loanId', { recordedAt: 'ASC' }),
    loanEvents: groupedBy(ds, LoanEventEntity, 'loanId', { at: 'ASC' }),
    course: byId(ds, CourseEntity),
    courseSession: byId(ds, CourseSessionEntity),
    enrollmentsOfSession: groupedBy(ds, EnrollmentEntity, 'sessionId', { queueNumber: 'ASC' }),
    enrollmentsOfBeneficiary: groupedBy(ds, EnrollmentEntity, 'beneficiaryId', {
      createdAt: 'ASC',
    }),
    attendance: groupedBy(ds, AttendanceEntity, 'enrollmentId', { date: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
