import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { type Relation } from 'typeorm';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';
import { DistrictEntity } from '../districts/district.entity';
import { HouseholdMemberEntity } from './household-member.entity';

export const SEXES = ['FEMALE', 'MALE'] as const;
export type Sex = (typeof SEXES)[number];

export const INJURY_KINDS = ['LOWER_LIMB', 'UPPER_LIMB', 'SIGHT', 'HEARING', 'OTHER'] as const;
export type InjuryKind = (typeof INJURY_KINDS)[number];

@Entity('beneficiaries')
export class BeneficiaryEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** Pseudonymous programme code, e.g. AGJ-007. */
  @Column({ type: 'varchar', length: 12, unique: true })
  code: string;

  @Index()
  @Column(idColumn)
  districtId: string;

  @ManyToOne(() => DistrictEntity)
  @JoinColumn({ name: 'districtId' })
  district?: Relation<DistrictEntity>;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  @Column({ type: 'integer' })
  birthYear: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  village: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  nationalId: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  injuryKind: InjuryKind | null;

  @Column({ type: 'integer', nullable: true })
  injuryYear: number | null;

  @Column({ type: 'text', nullable: true })
  disabilityNotes: string | null;

  @Column({ type: 'text', nullable: true })
  needsAssessment: string | null;

  /** Household members besides the survivor (the programme's indirect beneficiaries). */
  @Column({ type: 'integer' })
  householdSize: number;

  @OneToMany(() => HouseholdMemberEntity, (m) => m.beneficiary)
  household?: Relation<HouseholdMemberEntity[]>;

  /**
   * Name, phone and code folded the Azerbaijani way, for case-insensitive search. On PostgreSQL
   * a trigram index (pg_trgm, created by hand in a migration, so not synchronised) serves
   * `LIKE '%...%'`.
   */
  @Index('IDX_beneficiaries_search_trgm', { synchronize: false })
  @Column({ type: 'text' })
  searchText: string;

  @Column(dateColumn)
  consentGivenOn: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  consentRecordedById: string | null;

  /** Scope: keep and use the data (required to register). */
  @Column({ type: 'boolean' })
  consentDataUse: boolean;

  /** Scope: share pseudonymised figures with donors. */
  @Column({ type: 'boolean' })
  consentDonorFigures: boolean;

  /** Scope: photos. */
  @Column({ type: 'boolean' })
  consentPhotos: boolean;

  /** Scope: share personal data with services the survivor is referred to (referrals). */
  @Column({ type: 'boolean', default: false })
  consentReferrals: boolean;

  /** Withdrawal is recorded, never deleted. */
  @Column({ ...dateColumn, nullable: true })
  consentWithdrawnOn: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  consentWithdrawnById: string | null;

  /** The case manager who looks after this survivor; the portal shows their name and phone. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  caseManagerId: string | null;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
