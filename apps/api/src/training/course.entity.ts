import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';
import { type CourseTopicName } from '../loans/loan-product.entity';

/** A course of the catalogue; title and description in Azerbaijani, Russian and English. */
@Entity('courses')
export class CourseEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column({ type: 'varchar', length: 12 })
  topic: CourseTopicName;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ type: 'varchar', length: 200 })
  titleAz: string;

  @Column({ type: 'varchar', length: 200 })
  titleRu: string;

  @Column({ type: 'text' })
  descriptionEn: string;

  @Column({ type: 'text' })
  descriptionAz: string;

  @Column({ type: 'text' })
  descriptionRu: string;

  @Column(timestampColumn)
  createdAt: string;
}
