import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn } from '../db/columns';

export const ORGANIZATION_KINDS = ['DONOR', 'IMPLEMENTER', 'PARTNER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganizationKind;
}
