import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type ReferralServiceName, type ReferralStatusName } from '@revolve/domain';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

/** A survivor sent to an outside service; status moves SENT -> ACCEPTED | REJECTED, ACCEPTED -> DONE. */
@Entity('referrals')
export class ReferralEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  beneficiaryId: string;

  @Column({ type: 'varchar', length: 16 })
  service: ReferralServiceName;

  @Column({ type: 'varchar', length: 200 })
  provider: string;

  @Column({ type: 'text' })
  reason: string;

  /** True when personal data goes to the provider: needs the survivor's consent to share. */
  @Column({ type: 'boolean' })
  sharesPersonalData: boolean;

  @Column(dateColumn)
  referredOn: string;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  status: ReferralStatusName;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column(idColumn)
  createdById: string;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
