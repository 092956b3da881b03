import { addDays, todayIn } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { addCaseNote } from '../cases/add-case-note';
import { CaseNoteEntity } from '../cases/case-note.entity';
import { CaseNoteKind, ReferralService, ReferralStatus } from '../cases/case.types';
import { completeFollowUp } from '../cases/complete-follow-up';
import { createReferral } from '../cases/create-referral';
import { updateReferralStatus } from '../cases/update-referral-status';
import { DistrictEntity } from '../districts/district.entity';
import { type WriteContext } from '../loans/write-context';
import { demoCases } from './demo-cases';
import { DEMO_SURVIVORS } from './demo-programme';
import { actor, must } from './load-demo-loans';

const CIRAQ_DISTRICTS = ['SAA', 'BIL', 'TAR'];

/**
 * Case notes and referrals through the real use cases (validation, consent, transitions, audit),
 * dated relative to `now`. Runs once: nothing is added when any case note exists.
 */
export async function loadDemoCases(
  ds: DataSource,
  now: Date,
): Promise<{ caseNotes: number; referrals: number }> {
  if ((await ds.getRepository(CaseNoteEntity).count()) > 0) return { caseNotes: 0, referrals: 0 };
  const ctx: WriteContext = { dataSource: ds, now: () => now, requestId: 'seed' };
  const today = todayIn('Asia/Baku', now);
  const managers = { iom: await actor(ds, 'manager.iom'), ciraq: await actor(ds, 'manager.ciraq') };
  const codes = new Map((await ds.getRepository(DistrictEntity).find()).map((d) => [d.id, d.code]));
  const rows = await ds.getRepository(BeneficiaryEntity).find();
  const byCode = new Map(rows.map((b) => [b.code, b]));
  const survivors = DEMO_SURVIVORS.map((s) => byCode.get(s.code)).filter(
    (b): b is BeneficiaryEntity => b !== undefined,
  );
  const managerOf = (b: BeneficiaryEntity) =>
    CIRAQ_DISTRICTS.includes(codes.get(b.districtId) ?? '') ? managers.ciraq : managers.iom;
  const { notes, referrals } = demoCases(survivors);

  for (const n of notes) {
    const b = byCode.get(n.survivor)!;
    // A done follow-up is marked on its day: the seed's clock stands there for that write.
    const note = must(
      'case note',
      await addCaseNote(ctx, managerOf(b), {
        beneficiaryId: b.id,
        kind: n.kind as CaseNoteKind,
        date: addDays(today, n.dayOffset),
        text: n.text,
        followUpOn: n.followUpOffset === null ? null : addDays(today, n.followUpOffset),
      }),
    ).caseNote!;
    if (n.followUpDone && n.followUpOffset !== null) {
      const doneAt = new Date(now.getTime() + n.followUpOffset * 86_400_000);
      must(
        'follow-up',
        await completeFollowUp({ ...ctx, now: () => doneAt }, managerOf(b), {
          caseNoteId: note.id,
        }),
      );
    }
  }
  for (const r of referrals) {
    const b = byCode.get(r.survivor)!;
    const referral = must(
      'referral',
      await createReferral(ctx, managerOf(b), {
        beneficiaryId: b.id,
        service: r.service as ReferralService,
        provider: r.provider,
        reason: r.reason,
        sharesPersonalData: r.sharesPersonalData,
        referredOn: addDays(today, r.dayOffset),
      }),
    ).referral!;
    for (const [k, status] of r.path.entries()) {
      const last = k === r.path.length - 1;
      must(
        'referral status',
        await updateReferralStatus(ctx, managerOf(b), {
          referralId: referral.id,
          status: status as ReferralStatus,
          outcome: last ? r.outcome : null,
        }),
      );
    }
  }
  return { caseNotes: notes.length, referrals: referrals.length };
}
