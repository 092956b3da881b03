import { addDays } from '@revolve/domain';
import { beneficiarySearchText } from '../../src/beneficiaries/search-text';
import { benchId, prngFor } from './prng';
import { at, type GenerateOptions, type ScaleCounts, type Sink } from './types';

const FEMALE = ['Aysel', 'Günel', 'Leyla', 'Nərgiz', 'Səbinə', 'Ülviyyə', 'Zəhra', 'Könül'];
const MALE = ['Elvin', 'Rəşad', 'Orxan', 'Tural', 'Vüqar', 'İlqar', 'Kamran', 'Əli'];
const SURNAMES = ['Məmmədov', 'Əliyev', 'Həsənov', 'Hüseynov', 'Quliyev', 'İsmayılov', 'Abbasov'];
const VILLAGES = ['Qaralar', 'Təzəkənd', 'Bəydili', 'Horadiz', 'Seydimli', 'Varxan'];
const INJURIES = ['LOWER_LIMB', 'UPPER_LIMB', 'SIGHT', 'HEARING', 'OTHER'] as const;
const RELATIONS = ['SPOUSE', 'CHILD', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD'] as const;
const OCCUPATIONS = ['WORKS', 'STUDIES', 'NEITHER'] as const;

export const TABLE_BENEFICIARY = 1;
const TABLE_MEMBER = 2;
const TABLE_USER = 12;

/** Survivor j lives in district j mod D: loans and sessions find their district the same way. */
export const districtOf = (j: number, districts: number): number => j % districts;

export interface SurvivorTotals {
  householdMembers: number;
  portalUsers: number;
}

/** Survivors, their households and a few portal sign-ins. */
export async function generateSurvivors(
  opts: GenerateOptions,
  counts: ScaleCounts,
  sink: Sink,
): Promise<SurvivorTotals> {
  const { seed, refs } = opts;
  let members = 0;
  for (let j = 0; j < counts.survivors; j++) {
    const p = prngFor(seed, 1, j);
    const d = districtOf(j, refs.districts.length);
    const district = refs.districts[d]!;
    const sex = p.chance(0.3) ? 'FEMALE' : 'MALE';
    const surname = p.pick(SURNAMES) + (sex === 'FEMALE' ? 'a' : '');
    const fullName = `${p.pick(sex === 'FEMALE' ? FEMALE : MALE)} ${surname}`;
    const code = `${district.code}-B${String(j + 1).padStart(5, '0')}`;
    const phone = `+99451${String(j + 1).padStart(7, '0')}`;
    const registered = addDays('2018-01-15', Math.floor(j / 20));
    const householdSize = p.int(0, 6);
    const id = benchId(seed, TABLE_BENEFICIARY, j);
    await sink.row('beneficiaries', {
      id,
      code,
      districtId: district.id,
      fullName,
      sex,
      birthYear: p.int(1955, 2004),
      village: p.pick(VILLAGES),
      phone,
      nationalId: null,
      injuryKind: p.pick(INJURIES),
      injuryYear: p.int(1994, 2020),
      disabilityNotes: null,
      needsAssessment: null,
      householdSize,
      searchText: beneficiarySearchText({ fullName, phone, code }),
      consentGivenOn: registered,
      consentRecordedById: refs.managerIds[d]!,
      consentDataUse: true,
      consentDonorFigures: p.chance(0.9),
      consentPhotos: p.chance(0.5),
      consentReferrals: false,
      consentWithdrawnOn: null,
      consentWithdrawnById: null,
      createdAt: at(registered, 8),
      updatedAt: at(registered, 8),
    });
    for (let m = 0; m < householdSize; m++) {
      await sink.row('household_members', {
        id: benchId(seed, TABLE_MEMBER, members++),
        beneficiaryId: id,
        position: m,
        relation: p.pick(RELATIONS),
        sex: p.chance(0.5) ? 'FEMALE' : 'MALE',
        birthYear: p.int(1940, 2022),
        occupation: p.pick(OCCUPATIONS),
      });
    }
    if (j < counts.portalUsers) {
      await sink.row('users', {
        id: benchId(seed, TABLE_USER, j),
        username: phone,
        displayName: fullName,
        role: 'BENEFICIARY',
        passwordHash: refs.portalPasswordHash,
        active: true,
        organizationId: null,
        beneficiaryId: id,
        createdAt: at(registered, 8),
        updatedAt: at(registered, 8),
      });
    }
  }
  return { householdMembers: members, portalUsers: counts.portalUsers };
}
