import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, UserError } from '../graphql/common.types';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { District } from '../districts/district.types';

export enum SexEnum {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(SexEnum, { name: 'Sex' });

export enum InjuryKindEnum {
  LOWER_LIMB = 'LOWER_LIMB',
  UPPER_LIMB = 'UPPER_LIMB',
  SIGHT = 'SIGHT',
  HEARING = 'HEARING',
  OTHER = 'OTHER',
}
registerEnumType(InjuryKindEnum, { name: 'InjuryKind' });

export enum HouseholdRelationEnum {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  SIBLING = 'SIBLING',
  GRANDCHILD = 'GRANDCHILD',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRelationEnum, { name: 'HouseholdRelation' });

export enum OccupationEnum {
  WORKS = 'WORKS',
  STUDIES = 'STUDIES',
  NEITHER = 'NEITHER',
}
registerEnumType(OccupationEnum, {
  name: 'Occupation',
  description: 'Whether a household member works or studies.',
});

@ObjectType('Injury')
export class Injury {
  @Field(() => InjuryKindEnum)
  kind: InjuryKindEnum;

  @Field(() => Int, { nullable: true, description: 'Year of the incident.' })
  year: number | null;
}

@ObjectType('HouseholdMember')
export class HouseholdMember {
  @Field(() => ID)
  id: string;

  @Field(() => HouseholdRelationEnum)
  relation: HouseholdRelationEnum;

  @Field(() => SexEnum)
  sex: SexEnum;

  @Field(() => Int)
  birthYear: number;

  @Field(() => OccupationEnum)
  occupation: OccupationEnum;
}

@ObjectType('Consent')
export class Consent {
  @Field(() => DateScalar)
  givenOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Staff member who recorded it (personal data).',
  })
  recordedBy: string | null;

  @Field(() => Boolean, { description: 'Scope: keep and use the data.' })
  dataUse: boolean;

  @Field(() => Boolean, { description: 'Scope: share pseudonymised figures with donors.' })
  donorFigures: boolean;

  @Field(() => Boolean, { description: 'Scope: photos.' })
  photos: boolean;

  @Field(() => Boolean, {
    description:
      'Scope: share personal data with services the survivor is referred to (needed for such referrals).',
  })
  referrals: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Set when withdrawn; the record is kept.',
  })
  withdrawnOn: string | null;

  @Field(() => Boolean)
  active: boolean;
}

@ObjectType('Beneficiary')
export class Beneficiary {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'Pseudonymous programme code (e.g. AGJ-007): the identifier analysts see.',
  })
  code: string;

  @Field(() => District)
  district: District;

  @Field(() => SexEnum)
  sex: SexEnum;

  @Field(() => Int)
  birthYear: number;

  @Field(() => Int, {
    description: "Household members besides the survivor: the programme's indirect beneficiaries.",
  })
  householdSize: number;

  @Field(() => Injury, { nullable: true })
  injury: Injury | null;

  @Field(() => Consent)
  consent: Consent;

  @Field(() => DateTimeScalar)
  createdAt: string;
}

@ObjectType('BeneficiaryEdge')
export class BeneficiaryEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Beneficiary)
  node: Beneficiary;
}

@ObjectType('BeneficiaryConnection')
export class BeneficiaryConnection {
  @Field(() => [BeneficiaryEdge])
  edges: BeneficiaryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType('BeneficiaryFilter')
export class BeneficiaryFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  districtIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Matches name, phone or code, case-insensitively (Azerbaijani İ/i, I/ı). Analysts: code only.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType('InjuryInput')
export class InjuryInput {
  @Field(() => InjuryKindEnum)
  kind: InjuryKindEnum;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2100)
  year?: number | null;
}

@InputType('HouseholdMemberInput')
export class HouseholdMemberInput {
  @Field(() => HouseholdRelationEnum)
  relation: HouseholdRelationEnum;

  @Field(() => SexEnum)
  sex: SexEnum;

  @Field(() => Int)
  @Min(1900)
  @Max(2100)
  birthYear: number;

  @Field(() => OccupationEnum)
  occupation: OccupationEnum;
}

@InputType('RegisterBeneficiaryInput')
export class RegisterBeneficiaryInput {
  @Field(() => String)
  @Length(2, 200)
  fullName: string;

  @Field(() => SexEnum)
  sex: SexEnum;

  @Field(() => Int)
  @Min(1900)
  @Max(2100)
  birthYear: number;

  @Field(() => ID)
  districtId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  phone?: string | null;

  @Field(() => Int)
  @Min(0)
  @Max(30)
  householdSize: number;

  @Field(() => Boolean, {
    description:
      'The survivor agreed to the programme keeping and using this data; registration is refused without it.',
  })
  consentGiven: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (Asia/Baku).' })
  consentGivenOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Scope: share pseudonymised figures with donors.',
  })
  consentDonorFigures?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Scope: photos.' })
  consentPhotos?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Scope: share personal data with services the survivor is referred to.',
  })
  consentReferrals?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  village?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  nationalId?: string | null;

  @Field(() => InjuryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  injury?: InjuryInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  disabilityNotes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  needsAssessment?: string | null;

  @Field(() => [HouseholdMemberInput], {
    nullable: true,
    description: 'When given, its length must equal householdSize.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  household?: HouseholdMemberInput[] | null;
}

@InputType('UpdateBeneficiaryProfileInput', {
  description: 'Fields left out stay as they are; null clears an optional one.',
})
export class UpdateBeneficiaryProfileInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  fullName?: string | null;

  @Field(() => SexEnum, { nullable: true })
  sex?: SexEnum | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  village?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  nationalId?: string | null;

  @Field(() => InjuryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  injury?: InjuryInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  disabilityNotes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  needsAssessment?: string | null;
}

@InputType('UpdateBeneficiaryHouseholdInput')
export class UpdateBeneficiaryHouseholdInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => [HouseholdMemberInput], {
    description: 'Replaces the household; householdSize becomes its length.',
  })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  members: HouseholdMemberInput[];
}

@InputType('UpdateBeneficiaryConsentInput')
export class UpdateBeneficiaryConsentInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => Boolean, { nullable: true })
  donorFigures?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  photos?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  referrals?: boolean | null;
}

@InputType('WithdrawBeneficiaryConsentInput')
export class WithdrawBeneficiaryConsentInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (Asia/Baku).' })
  withdrawnOn?: string | null;
}

@ObjectType('BeneficiaryPayload')
export class BeneficiaryPayload {
  @Field(() => Beneficiary, { nullable: true })
  beneficiary: Beneficiary | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
