import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type Relation } from 'typeorm';
import { idColumn } from '../db/columns';
import { BeneficiaryEntity, type Sex } from './beneficiary.entity';

export const HOUSEHOLD_RELATIONS = [
  'SPOUSE',
  'CHILD',
  'PARENT',
  'SIBLING',
  'GRANDCHILD',
  'OTHER',
] as const;
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];

export const OCCUPATIONS = ['WORKS', 'STUDIES', 'NEITHER'] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

@Entity('household_members')
export class HouseholdMemberEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  beneficiaryId: string;

  @ManyToOne(() => BeneficiaryEntity, (b) => b.household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiaryId' })
  beneficiary?: Relation<BeneficiaryEntity>;

  /** Order as entered. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 12 })
  relation: HouseholdRelation;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  @Column({ type: 'integer' })
  birthYear: number;

  @Column({ type: 'varchar', length: 8 })
  occupation: Occupation;
}
