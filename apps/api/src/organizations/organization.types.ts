import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganizationKindEnum {
  DONOR = 'DONOR',
  IMPLEMENTER = 'IMPLEMENTER',
  PARTNER = 'PARTNER',
}
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

@ObjectType('Organization')
export class Organization {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'UNDP, ANAMA, IOM, CIRAQ in the demo data.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKindEnum;
}
