import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { UserEntity } from '../users/user.entity';
import { LoginInput, LoginPayload, User } from '../users/user.types';
import { type RequestContext } from './context';
import { type LoginResult, login } from './login';
import { logout } from './logout';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    return login(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or Bearer token).' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }

  @Query(() => User, {
    nullable: true,
    description: 'The signed-in user; null when not signed in.',
  })
  async me(@Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    if (!ctx.user) return null;
    return ctx.loaders.user.load(ctx.user.id);
  }
}
