import { type InjuryKind, type Sex } from '../beneficiaries/beneficiary.entity';
import { type HouseholdRelation, type Occupation } from '../beneficiaries/household-member.entity';
import { type OrganizationKind } from '../organizations/organization.entity';
import { type Role } from '../users/user.entity';

/** The demo programme, as the press release describes it. Deterministic: same data every run. */

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ORGANIZATIONS: { code: string; name: string; kind: OrganizationKind }[] = [
  { code: 'UNDP', name: 'United Nations Development Programme', kind: 'DONOR' },
  { code: 'ANAMA', name: 'Azerbaijan National Agency for Mine Action', kind: 'DONOR' },
  { code: 'IOM', name: 'International Organization for Migration', kind: 'IMPLEMENTER' },
  { code: 'CIRAQ', name: 'Ciraq', kind: 'PARTNER' },
];

/** The release names five districts; Fuzuli and Tartar are an assumption (see README). */
export const DEMO_DISTRICTS: { code: string; name: string; villages: string[] }[] = [
  { code: 'AGJ', name: 'Aghjabedi', villages: ['Hindarx', 'Kəngərli', 'Qiyaslı'] },
  { code: 'BEY', name: 'Beylagan', villages: ['Dünyamalılar', 'Əhmədbəyli', 'Təzəkənd'] },
  { code: 'IMI', name: 'Imishli', villages: ['Bəydili', 'Qaralar', 'Muradxanlı'] },
  { code: 'SAA', name: 'Saatli', villages: ['Varxan', 'Əzizbəyov', 'Sarıcalı'] },
  { code: 'BIL', name: 'Bilasuvar', villages: ['Əliabad', 'Bəydili', 'Həsənli'] },
  { code: 'FUZ', name: 'Fuzuli', villages: ['Horadiz', 'Əhmədbəyli', 'Qarakollu'] },
  { code: 'TAR', name: 'Tartar', villages: ['Şıxarx', 'Qapanlı', 'Seydimli'] },
];

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  organization: string | null;
  districts: string[];
  /** Case managers: the work phone their survivors see on the portal. */
  phone?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Programme Admin',
    role: 'ADMIN',
    organization: 'IOM',
    districts: [],
  },
  {
    username: 'manager.iom',
    displayName: 'Nigar Həsənova (IOM)',
    role: 'CASE_MANAGER',
    organization: 'IOM',
    districts: ['AGJ', 'BEY', 'IMI', 'FUZ'],
    phone: '+994502000001',
  },
  {
    username: 'manager.ciraq',
    displayName: 'Rauf Məmmədov (Ciraq)',
    role: 'CASE_MANAGER',
    organization: 'CIRAQ',
    districts: ['SAA', 'BIL', 'TAR'],
    phone: '+994502000002',
  },
  {
    username: 'committee',
    displayName: 'Credit Committee (IOM)',
    role: 'APPROVER',
    organization: 'IOM',
    districts: [],
  },
  {
    username: 'analyst.undp',
    displayName: 'UNDP Analyst',
    role: 'ANALYST',
    organization: 'UNDP',
    districts: [],
  },
  {
    username: 'analyst.anama',
    displayName: 'ANAMA Analyst',
    role: 'ANALYST',
    organization: 'ANAMA',
    districts: [],
  },
];

export interface DemoMember {
  relation: HouseholdRelation;
  sex: Sex;
  birthYear: number;
  occupation: Occupation;
}

export interface DemoSurvivor {
  code: string;
  district: string;
  fullName: string;
  sex: Sex;
  birthYear: number;
  village: string;
  phone: string;
  injuryKind: InjuryKind;
  injuryYear: number;
  household: DemoMember[];
  consentGivenOn: string;
  /** Set for the survivors who can sign in to the portal. */
  pin: string | null;
}

const MALE = [
  'Elvin',
  'Rəşad',
  'Tural',
  'Orxan',
  'Vüsal',
  'Elçin',
  'Ramil',
  'Nicat',
  'Kamran',
  'Anar',
  'İlham',
  'Əli',
  'Fuad',
  'Zaur',
  'Rövşən',
  'Səbuhi',
  'İlqar',
  'Namiq',
  'Yaşar',
  'Cavid',
  'Ülvi',
  'İsmayıl',
  'Şahin',
  'Vaqif',
  'Etibar',
  'Aydın',
  'Emin',
  'Hikmət',
  'Qabil',
  'Mübariz',
];
const FEMALE = [
  'Günel',
  'Aynur',
  'Sevinc',
  'Ləman',
  'Nərmin',
  'Könül',
  'Səbinə',
  'Aysel',
  'Ülviyyə',
  'Şəhla',
];
const SURNAMES = [
  'Məmmədov',
  'Əliyev',
  'Həsənov',
  'Hüseynov',
  'Quliyev',
  'İsmayılov',
  'Abbasov',
  'Cəfərov',
  'Rzayev',
  'Nəsirov',
  'Kərimov',
  'Süleymanov',
  'Babayev',
  'Orucov',
  'Musayev',
  'Qasımov',
];
const INJURIES: InjuryKind[] = [
  'LOWER_LIMB',
  'LOWER_LIMB',
  'UPPER_LIMB',
  'SIGHT',
  'LOWER_LIMB',
  'HEARING',
  'OTHER',
  'UPPER_LIMB',
];
/** Survivors per district (40 in all) and household sizes (160 in all). */
const PER_DISTRICT = [7, 6, 6, 6, 5, 5, 5];
const HOUSEHOLD_SIZES = [3, 4, 5, 4, 2, 6, 4, 3, 5, 4];
/** Survivors with portal access: [index, PIN]. The first is the one the README names. */
export const PORTAL_PINS = new Map<number, string>([
  [0, '135790'],
  [8, '246801'],
  [20, '357912'],
  [35, '468023'],
]);

function household(i: number, sex: Sex, birthYear: number): DemoMember[] {
  const size = HOUSEHOLD_SIZES[i % HOUSEHOLD_SIZES.length]!;
  const members: DemoMember[] = [];
  const spouseSex: Sex = sex === 'MALE' ? 'FEMALE' : 'MALE';
  members.push({
    relation: 'SPOUSE',
    sex: spouseSex,
    birthYear: birthYear + 2,
    occupation: i % 3 === 0 ? 'WORKS' : 'NEITHER',
  });
  for (let c = 1; members.length < size; c++) {
    if (c === 4) {
      members.push({
        relation: 'PARENT',
        sex: 'FEMALE',
        birthYear: birthYear - 24,
        occupation: 'NEITHER',
      });
      continue;
    }
    const childYear = Math.min(birthYear + 22 + c * 3, 2022);
    members.push({
      relation: 'CHILD',
      sex: (i + c) % 2 === 0 ? 'FEMALE' : 'MALE',
      birthYear: childYear,
      occupation: childYear >= 2007 ? 'STUDIES' : childYear >= 2000 ? 'WORKS' : 'NEITHER',
    });
  }
  return members;
}

function survivors(): DemoSurvivor[] {
  const out: DemoSurvivor[] = [];
  let i = 0;
  DEMO_DISTRICTS.forEach((d, di) => {
    for (let n = 1; n <= PER_DISTRICT[di]!; n++, i++) {
      const sex: Sex = i % 5 === 3 ? 'FEMALE' : 'MALE';
      const first =
        sex === 'MALE' ? MALE[(i * 7) % MALE.length]! : FEMALE[(i * 3) % FEMALE.length]!;
      const surname = SURNAMES[(i * 5 + di) % SURNAMES.length]! + (sex === 'FEMALE' ? 'a' : '');
      const birthYear = 1962 + ((i * 11) % 38);
      out.push({
        code: `${d.code}-${String(n).padStart(3, '0')}`,
        district: d.code,
        fullName: `${first} ${surname}`,
        sex,
        birthYear,
        village: d.villages[n % d.villages.length]!,
        phone: `+9945000000${String(i + 1).padStart(2, '0')}`,
        injuryKind: INJURIES[i % INJURIES.length]!,
        injuryYear: 1994 + ((i * 13) % 30),
        household: household(i, sex, birthYear),
        consentGivenOn: `2026-0${1 + (i % 3)}-${String(10 + (i % 18)).padStart(2, '0')}`,
        pin: PORTAL_PINS.get(i) ?? null,
      });
    }
  });
  return out;
}

export const DEMO_SURVIVORS: DemoSurvivor[] = survivors();
