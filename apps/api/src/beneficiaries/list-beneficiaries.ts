import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { beneficiaryScope, seesPersonalData } from '../auth/guards';
import {
  type Connection,
  type PageArgs,
  pageOf,
  pageWindow,
  toConnection,
} from '../graphql/connection';
import { forbidden } from '../graphql/errors';
import { BeneficiaryEntity } from './beneficiary.entity';
import { type BeneficiaryFilter } from './beneficiary.types';
import { foldForSearch, likePattern } from './search-text';

export async function listBeneficiaries(
  ds: DataSource,
  user: CurrentUser,
  page: PageArgs,
  filter: BeneficiaryFilter | null | undefined,
): Promise<Connection<BeneficiaryEntity>> {
  const scope = beneficiaryScope(user);
  if (scope.kind === 'self') throw forbidden('Survivors see their own records through `me`.');
  const window = pageWindow(page);
  const qb = ds.getRepository(BeneficiaryEntity).createQueryBuilder('b');
  const empty = () => toConnection<BeneficiaryEntity>([], window, 0);
  if (scope.kind === 'districts') {
    if (scope.districtIds.length === 0) return empty();
    qb.andWhere('b.districtId IN (:...scoped)', { scoped: scope.districtIds });
  }
  if (filter?.districtIds) {
    if (filter.districtIds.length === 0) return empty();
    qb.andWhere('b.districtId IN (:...wanted)', { wanted: filter.districtIds });
  }
  const search = filter?.search?.trim();
  if (search) {
    // Analysts search the pseudonymous code only: a name search would reveal who is enrolled.
    if (seesPersonalData(user)) {
      qb.andWhere(`b.searchText LIKE :q ESCAPE '\\'`, { q: likePattern(search) });
    } else {
      qb.andWhere(`LOWER(b.code) LIKE :q ESCAPE '\\'`, { q: likePattern(foldForSearch(search)) });
    }
  }
  return pageOf(qb.orderBy('b.code', 'ASC'), window);
}
