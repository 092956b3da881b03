import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';

/**
 * Sign-in attempts, kept in the database so that several API processes share the throttle.
 * Recorded for unknown usernames too, so the answer never reveals which ones exist.
 */
@Entity('login_attempts')
@Index(['username', 'at'])
@Index(['address', 'at'])
export class LoginAttemptEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column({ type: 'varchar', length: 100 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column(timestampColumn)
  at: string;
}
