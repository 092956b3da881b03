import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer, idColumn, timestampColumn } from '../db/columns';

export const COURSE_TOPICS = ['ACCOUNTING', 'MARKETING', 'MANAGEMENT'] as const;
export type CourseTopicName = (typeof COURSE_TOPICS)[number];

@Entity('loan_products')
export class LoanProductEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** The name the contract shows (English in the demo); Azerbaijani and Russian alongside. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameRu: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameAz: string | null;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column({ type: 'bigint', transformer: bigintTransformer })
  minPrincipal: bigint;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  maxPrincipal: bigint;

  @Column({ type: 'integer' })
  minTermMonths: number;

  @Column({ type: 'integer' })
  maxTermMonths: number;

  @Column({ type: 'integer' })
  maxGraceMonths: number;

  /** Instalments are rounded down to a multiple of this, in minor units (100 = whole manat). */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  roundingUnit: bigint;

  /** JSON array of course topics, e.g. ["ACCOUNTING"]. */
  @Column({ type: 'varchar', length: 200 })
  requiredCourseTopics: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}

export const requiredTopicsOf = (p: LoanProductEntity): CourseTopicName[] =>
  JSON.parse(p.requiredCourseTopics) as CourseTopicName[];
