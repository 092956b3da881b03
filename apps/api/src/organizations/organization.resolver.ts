import { Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireUser } from '../auth/guards';
import { OrganizationEntity } from './organization.entity';
import { Organization } from './organization.types';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization])
  async organizations(@Ctx() ctx: RequestContext): Promise<OrganizationEntity[]> {
    requireUser(ctx);
    return ctx.dataSource.getRepository(OrganizationEntity).find({ order: { code: 'ASC' } });
  }
}
