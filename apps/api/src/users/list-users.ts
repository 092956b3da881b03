import { type DataSource } from 'typeorm';
import {
  type Connection,
  type PageArgs,
  pageOf,
  pageWindow,
  toConnection,
} from '../graphql/connection';
import { UserEntity } from './user.entity';
import { type UserFilter } from './user.types';

export async function listUsers(
  ds: DataSource,
  page: PageArgs,
  filter: UserFilter | null | undefined,
): Promise<Connection<UserEntity>> {
  const window = pageWindow(page);
  const qb = ds.getRepository(UserEntity).createQueryBuilder('u');
  if (filter?.roles) {
    if (filter.roles.length === 0) return toConnection([], window, 0);
    qb.andWhere('u.role IN (:...roles)', { roles: filter.roles });
  }
  if (filter?.active != null) qb.andWhere('u.active = :active', { active: filter.active });
  return pageOf(qb.orderBy('u.username', 'ASC'), window);
}
