import { type DataSource, In } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { recordAuditEvent } from '../audit/record-audit-event';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { HouseholdMemberEntity } from '../beneficiaries/household-member.entity';
import { beneficiarySearchText } from '../beneficiaries/search-text';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { DistrictEntity } from '../districts/district.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserDistrictEntity } from '../users/user-district.entity';
import { UserEntity } from '../users/user.entity';
import { loadDemoCases } from './load-demo-cases';
import { loadDemoCourses } from './load-demo-courses';
import { loadDemoLoans } from './load-demo-loans';
import { loadDemoTraining } from './load-demo-training';
import {
  DEMO_DISTRICTS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_SURVIVORS,
  DEMO_USERS,
} from './demo-programme';

/** Demo data and demo passwords never appear in production unless explicitly asked for. */
export function demoSeedAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.ALLOW_DEMO_SEED === '1';
}

export interface SeedSummary {
  created: {
    organizations: number;
    districts: number;
    users: number;
    survivors: number;
    householdMembers: number;
    portalLogins: number;
    contributions: number;
    loans: number;
    courses: number;
    sessions: number;
    caseNotes: number;
    referrals: number;
  };
}

/**
 * Loads the demo programme. Idempotent: keyed by codes and usernames, so running it again adds
 * only what is missing and never changes what is there.
 */
export async function loadDemoProgramme(
  ds: DataSource,
  now: Date = new Date(),
  options: { loans?: boolean } = {},
): Promise<SeedSummary> {
  const stamp = now.toISOString();
  const created = {
    organizations: 0,
    districts: 0,
    users: 0,
    survivors: 0,
    householdMembers: 0,
    portalLogins: 0,
    contributions: 0,
    loans: 0,
    courses: 0,
    sessions: 0,
    caseNotes: 0,
    referrals: 0,
  };

  // argon2 is deliberately slow: hash each distinct secret once, outside the transaction.
  const existingUsers = new Set(
    (await ds.getRepository(UserEntity).find({ select: { username: true } })).map(
      (u) => u.username,
    ),
  );
  const secrets = new Set<string>();
  if (DEMO_USERS.some((u) => !existingUsers.has(u.username))) secrets.add(DEMO_PASSWORD);
  for (const s of DEMO_SURVIVORS) if (s.pin && !existingUsers.has(s.phone)) secrets.add(s.pin);
  const hashes = new Map<string, string>();
  for (const secret of secrets) hashes.set(secret, await hashPassword(secret));

  await inTransaction(ds, async (em) => {
    const orgs = new Map((await em.find(OrganizationEntity)).map((o) => [o.code, o]));
    for (const o of DEMO_ORGANIZATIONS) {
      if (orgs.has(o.code)) continue;
      const row = { id: newId(), ...o };
      await em.insert(OrganizationEntity, row);
      orgs.set(o.code, row);
      created.organizations++;
    }
    const districts = new Map((await em.find(DistrictEntity)).map((d) => [d.code, d]));
    for (const d of DEMO_DISTRICTS) {
      if (districts.has(d.code)) continue;
      const row = { id: newId(), code: d.code, name: d.name, beneficiarySeq: 0 };
      await em.insert(DistrictEntity, row);
      districts.set(d.code, row);
      created.districts++;
    }
    const district = (code: string) => districts.get(code)!;

    const users = new Map((await em.find(UserEntity)).map((u) => [u.username, u]));
    for (const u of DEMO_USERS) {
      if (users.has(u.username)) continue;
      const row: UserEntity = {
        id: newId(),
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash: hashes.get(DEMO_PASSWORD)!,
        active: true,
        organizationId: u.organization ? orgs.get(u.organization)!.id : null,
        beneficiaryId: null,
        phone: u.phone ?? null,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await em.insert(UserEntity, row);
      if (u.districts.length) {
        await em.insert(
          UserDistrictEntity,
          u.districts.map((c) => ({ userId: row.id, districtId: district(c).id })),
        );
      }
      users.set(u.username, row);
      created.users++;
    }
    const recorder = users.get('manager.iom')?.id ?? null;
    // Each survivor is looked after by the demo case manager working in their district.
    const caseManagerIn = (code: string) => {
      const manager = DEMO_USERS.find(
        (u) => u.role === 'CASE_MANAGER' && u.districts.includes(code),
      );
      return manager ? (users.get(manager.username)?.id ?? null) : null;
    };

    const existing = new Set(
      (
        await em.find(BeneficiaryEntity, {
          where: { code: In(DEMO_SURVIVORS.map((s) => s.code)) },
          select: { code: true },
        })
      ).map((b) => b.code),
    );
    for (const s of DEMO_SURVIVORS) {
      if (existing.has(s.code)) continue;
      const b: BeneficiaryEntity = {
        id: newId(),
        code: s.code,
        districtId: district(s.district).id,
        fullName: s.fullName,
        sex: s.sex,
        birthYear: s.birthYear,
        village: s.village,
        phone: s.phone,
        nationalId: null,
        injuryKind: s.injuryKind,
        injuryYear: s.injuryYear,
        disabilityNotes: null,
        needsAssessment: null,
        householdSize: s.household.length,
        searchText: '',
        consentGivenOn: s.consentGivenOn,
        consentRecordedById: recorder,
        consentDataUse: true,
        consentDonorFigures: true,
        consentPhotos: false,
        // Most agree to sharing with referral services; every fourth does not, so the demo shows the refusal.
        consentReferrals: Number(s.code.slice(-3)) % 4 !== 0,
        consentWithdrawnOn: null,
        consentWithdrawnById: null,
        caseManagerId: caseManagerIn(s.district),
        createdAt: stamp,
        updatedAt: stamp,
      };
      b.searchText = beneficiarySearchText(b);
      await em.insert(BeneficiaryEntity, b);
      await em.insert(
        HouseholdMemberEntity,
        s.household.map((m, position) => ({ id: newId(), beneficiaryId: b.id, position, ...m })),
      );
      created.survivors++;
      created.householdMembers += s.household.length;
      const seq = Number(s.code.slice(4));
      // Registrations after the seed continue numbering after the seeded codes.
      await em
        .createQueryBuilder()
        .update(DistrictEntity)
        .set({ beneficiarySeq: seq })
        .where('id = :id AND "beneficiarySeq" < :seq', { id: b.districtId, seq })
        .execute();
      if (s.pin && !users.has(s.phone)) {
        await em.insert(UserEntity, {
          id: newId(),
          username: s.phone,
          displayName: s.fullName,
          role: 'BENEFICIARY',
          passwordHash: hashes.get(s.pin)!,
          active: true,
          organizationId: null,
          beneficiaryId: b.id,
          phone: null,
          createdAt: stamp,
          updatedAt: stamp,
        });
        created.portalLogins++;
      }
    }
    if (Object.values(created).some((n) => n > 0)) {
      await recordAuditEvent(
        em,
        null,
        'seed',
        {
          action: 'LOAD_DEMO_PROGRAMME',
          recordType: 'Programme',
          recordId: null,
          changedFields: Object.keys(created),
        },
        now,
      );
    }
  });
  created.courses = await loadDemoCourses(ds, now);
  if (options.loans !== false) {
    // Training first: the loans' ACCOUNTING requirement is checked against it.
    created.sessions = await loadDemoTraining(ds, now);
    Object.assign(created, await loadDemoLoans(ds, now));
    Object.assign(created, await loadDemoCases(ds, now));
  }
  return { created };
}
