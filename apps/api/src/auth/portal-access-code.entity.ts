import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';

/**
 * One-time codes a case manager gives a survivor for their first portal sign-in. Only an argon2
 * hash is kept; a code is spent when used, and void when a newer one is issued.
 */
@Entity('portal_access_codes')
@Index(['beneficiaryId', 'createdAt'])
export class PortalAccessCodeEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column(idColumn)
  beneficiaryId: string;

  @Column({ type: 'varchar', length: 200 })
  codeHash: string;

  @Column(timestampColumn)
  expiresAt: string;

  @Column({ ...timestampColumn, nullable: true })
  usedAt: string | null;

  @Column({ ...timestampColumn, nullable: true })
  voidedAt: string | null;

  @Column(idColumn)
  issuedById: string;

  @Column(timestampColumn)
  createdAt: string;
}
