import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type Relation } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';
import { UserEntity } from '../users/user.entity';

/** A signed-in session. Only the sha256 of the token is stored. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Index()
  @Column(idColumn)
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'userId' })
  user?: Relation<UserEntity>;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  lastSeenAt: string;

  /** Idle expiry: pushed forward as the session is used. */
  @Column(timestampColumn)
  expiresAt: string;

  @Column({ ...timestampColumn, nullable: true })
  revokedAt: string | null;
}
