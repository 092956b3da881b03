import { todayIn } from '@revolve/domain';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { CaseNoteEntity } from '../cases/case-note.entity';
import { ReferralEntity } from '../cases/referral.entity';
import { describeEachDatabase } from '../test-support/test-server';
import { loadDemoProgramme } from './load-demo-programme';

const WORK = '{ workList { followUps { overdue daysOverdue beneficiary { code } } } }';

describeEachDatabase('demo cases seed', (api) => {
  it('writes notes of every kind and referrals in every status on many survivors', async () => {
    const ds = api().dataSource;
    const notes = await ds.getRepository(CaseNoteEntity).find();
    expect(new Set(notes.map((n) => n.kind)).size).toBe(5);
    expect(new Set(notes.map((n) => n.beneficiaryId)).size).toBe(40);
    const today = todayIn('Asia/Baku', new Date());
    expect(notes.every((n) => n.date <= today && (!n.followUpOn || n.followUpOn >= n.date))).toBe(
      true,
    );
    expect(notes.some((n) => n.followUpDoneAt !== null)).toBe(true);

    const referrals = await ds.getRepository(ReferralEntity).find();
    expect(new Set(referrals.map((r) => r.status))).toEqual(
      new Set(['SENT', 'ACCEPTED', 'DONE', 'REJECTED']),
    );
    expect(new Set(referrals.map((r) => r.service)).size).toBe(6);
    // Personal data goes only where the survivor agreed to it.
    const consent = new Map(
      (await ds.getRepository(BeneficiaryEntity).find()).map((b) => [b.id, b.consentReferrals]),
    );
    for (const r of referrals.filter((x) => x.sharesPersonalData))
      expect(consent.get(r.beneficiaryId)).toBe(true);
    expect(referrals.some((r) => !r.sharesPersonalData)).toBe(true);
  });

  it('leaves both case managers overdue follow-ups on their work lists', async () => {
    for (const who of ['manager.iom', 'manager.ciraq']) {
      const r = await api().gql(WORK, {}, { token: await api().login(who) });
      const overdue = r.body.data?.workList.followUps.filter(
        (f: { overdue: boolean }) => f.overdue,
      );
      expect(overdue.length).toBeGreaterThan(0);
      for (const f of overdue) expect(f.daysOverdue).toBeGreaterThan(0);
    }
  });

  it('adds nothing when run again', async () => {
    const ds = api().dataSource;
    const before = await ds.getRepository(CaseNoteEntity).count();
    const again = await loadDemoProgramme(ds);
    expect(again.created.caseNotes).toBe(0);
    expect(again.created.referrals).toBe(0);
    expect(await ds.getRepository(CaseNoteEntity).count()).toBe(before);
    expect(await ds.getRepository(BeneficiaryEntity).count()).toBe(40);
  });
});
