import { Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireUser } from '../auth/guards';
import { DistrictEntity } from './district.entity';
import { District } from './district.types';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District])
  async districts(@Ctx() ctx: RequestContext): Promise<DistrictEntity[]> {
    requireUser(ctx);
    return ctx.dataSource.getRepository(DistrictEntity).find({ order: { name: 'ASC' } });
  }
}
