import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn } from '../db/columns';

@Entity('districts')
export class DistrictEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** Three letters, the prefix of the district's survivor codes (AGJ-001). */
  @Column({ type: 'varchar', length: 3, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Last survivor number handed out in this district; bumped atomically on registration. */
  @Column({ type: 'integer', default: 0 })
  beneficiarySeq: number;
}
