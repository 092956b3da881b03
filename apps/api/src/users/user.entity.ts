import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type Relation } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';

export const ROLES = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST', 'BENEFICIARY'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** Staff: lower-case login name; survivors: their phone number (+994...). */
  @Column({ type: 'varchar', length: 100, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true })
  @JoinColumn({ name: 'organizationId' })
  organization?: Relation<OrganizationEntity> | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  beneficiaryId: string | null;

  @ManyToOne(() => BeneficiaryEntity, { nullable: true })
  @JoinColumn({ name: 'beneficiaryId' })
  beneficiary?: Relation<BeneficiaryEntity> | null;

  /** Staff: a work phone survivors may call (their case manager's, shown on the portal). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
