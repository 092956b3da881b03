import DataLoader from 'dataloader';
import { type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
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

type Order = Record<string, 'ASC' | 'DESC'>;
type Read<T> = (keys: readonly string[]) => Promise<T[]>;

/**
 * Reads the rows of `entity` whose `key` is one of the given keys. The SQL is written once per
 * entity and database (TypeORM's `find` builds it anew for every batch of every request) and the
 * rows are hydrated as `find` does: the entity class, column transformers (bigint money).
 */
function rowsWhereIn<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: string,
  order?: Order,
): Read<T> {
  const meta = ds.getMetadata(entity);
  const q = (name: string) => ds.driver.escape(name);
  const column = (property: string) => {
    const c = meta.findColumnWithPropertyName(property);
    if (!c) throw new Error(`${meta.name}.${property} is not a column`);
    return q(c.databaseName);
  };
  const columns = meta.columns.filter((c) => !c.isVirtual);
  const head = `SELECT ${columns.map((c) => q(c.databaseName)).join(', ')} FROM ${q(meta.tableName)} WHERE ${column(key)} IN (`;
  const tail = order
    ? `) ORDER BY ${Object.entries(order)
        .map(([property, direction]) => `${column(property)} ${direction}`)
        .join(', ')}`
    : ')';
  const postgres = ds.options.type === 'postgres';
  return async (keys) => {
    const marks = keys.map((_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
    const raw = (await ds.query(head + marks + tail, [...keys])) as Record<string, unknown>[];
    return raw.map((row) => {
      const out = meta.create(undefined, { fromDeserializer: true }) as T;
      for (const c of columns) {
        const value = row[c.databaseName];
        if (value !== undefined) c.setEntityValue(out, ds.driver.prepareHydratedValue(value, c));
      }
      return out;
    });
  };
}

function byId<T extends ObjectLiteral & { id: string }>(read: Read<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await read(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<T extends ObjectLiteral>(read: Read<T>, key: keyof T & string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const map = new Map<string, T[]>();
    for (const r of await read(ids)) {
      const k = r[key] as string;
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** The reads behind the loaders, prepared once per data source. */
function prepareReads(ds: DataSource) {
  return {
    district: rowsWhereIn(ds, DistrictEntity, 'id'),
    organization: rowsWhereIn(ds, OrganizationEntity, 'id'),
    user: rowsWhereIn(ds, UserEntity, 'id'),
    beneficiary: rowsWhereIn(ds, BeneficiaryEntity, 'id'),
    userDistricts: rowsWhereIn(ds, UserDistrictEntity, 'userId'),
    household: rowsWhereIn(ds, HouseholdMemberEntity, 'beneficiaryId', { position: 'ASC' }),
    portalUser: rowsWhereIn(ds, UserEntity, 'beneficiaryId'),
    loanProduct: rowsWhereIn(ds, LoanProductEntity, 'id'),
    loansOfBeneficiary: rowsWhereIn(ds, LoanEntity, 'beneficiaryId', { reference: 'ASC' }),
    instalments: rowsWhereIn(ds, InstalmentEntity, 'loanId', {
      scheduleVersion: 'ASC',
      number: 'ASC',
    }),
    repayments: rowsWhereIn(ds, RepaymentEntity, 'loanId', { recordedAt: 'ASC' }),
    loanEvents: rowsWhereIn(ds, LoanEventEntity, 'loanId', { at: 'ASC' }),
    course: rowsWhereIn(ds, CourseEntity, 'id'),
    courseSession: rowsWhereIn(ds, CourseSessionEntity, 'id'),
    enrollmentsOfSession: rowsWhereIn(ds, EnrollmentEntity, 'sessionId', { queueNumber: 'ASC' }),
    enrollmentsOfBeneficiary: rowsWhereIn(ds, EnrollmentEntity, 'beneficiaryId', {
      createdAt: 'ASC',
    }),
    attendance: rowsWhereIn(ds, AttendanceEntity, 'enrollmentId', { date: 'ASC' }),
  };
}

const prepared = new WeakMap<DataSource, ReturnType<typeof prepareReads>>();

/** Per request: SQL statements per request do not grow with the page size. */
export function createLoaders(ds: DataSource) {
  let r = prepared.get(ds);
  if (!r) prepared.set(ds, (r = prepareReads(ds)));
  return {
    district: byId(r.district),
    organization: byId(r.organization),
    user: byId(r.user),
    beneficiary: byId(r.beneficiary),
    userDistricts: groupedBy(r.userDistricts, 'userId'),
    household: groupedBy(r.household, 'beneficiaryId'),
    portalUser: groupedBy(r.portalUser, 'beneficiaryId'),
    loanProduct: byId(r.loanProduct),
    loansOfBeneficiary: groupedBy(r.loansOfBeneficiary, 'beneficiaryId'),
    instalments: groupedBy(r.instalments, 'loanId'),
    repayments: groupedBy(r.repayments, 'loanId'),
    loanEvents: groupedBy(r.loanEvents, 'loanId'),
    course: byId(r.course),
    courseSession: byId(r.courseSession),
    enrollmentsOfSession: groupedBy(r.enrollmentsOfSession, 'sessionId'),
    enrollmentsOfBeneficiary: groupedBy(r.enrollmentsOfBeneficiary, 'beneficiaryId'),
    attendance: groupedBy(r.attendance, 'enrollmentId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
