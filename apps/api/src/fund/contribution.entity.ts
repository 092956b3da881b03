import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer, dateColumn, idColumn, timestampColumn } from '../db/columns';

@Entity('contributions')
export class ContributionEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column(idColumn)
  donorId: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: bigint;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column({ type: 'varchar', length: 20 })
  exchangeRate: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  fundAmount: bigint;

  @Column(dateColumn)
  receivedOn: string;

  @Column(idColumn)
  recordedById: string;

  @Column(timestampColumn)
  createdAt: string;
}
