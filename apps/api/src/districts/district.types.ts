import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('District')
export class District {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'Three letters; also the prefix of survivor codes (AGJ-001).',
  })
  code: string;

  @Field(() => String)
  name: string;
}
