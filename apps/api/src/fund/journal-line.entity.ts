import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, idColumn } from '../db/columns';

/** One posting: debit positive, credit negative, in minor units. */
@Entity('journal_lines')
export class JournalLineEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  entryId: string;

  @Index()
  @Column({ type: 'varchar', length: 60 })
  account: string;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: bigint;
}
