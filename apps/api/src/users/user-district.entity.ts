import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type Relation } from 'typeorm';
import { idColumn } from '../db/columns';
import { DistrictEntity } from '../districts/district.entity';
import { UserEntity } from './user.entity';

/** The districts a case manager works in. */
@Entity('user_districts')
export class UserDistrictEntity {
  @PrimaryColumn(idColumn)
  userId: string;

  @PrimaryColumn(idColumn)
  districtId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<UserEntity>;

  @ManyToOne(() => DistrictEntity)
  @JoinColumn({ name: 'districtId' })
  district?: Relation<DistrictEntity>;
}
