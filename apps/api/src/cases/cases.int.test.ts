import { addDays } from '@revolve/domain';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { demoIds, today } from '../test-support/loan-helpers';
import { describeEachDatabase, type GqlResponse } from '../test-support/test-server';
import { CaseNoteRevisionEntity } from './case-note-revision.entity';
import { ReferralEntity } from './referral.entity';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any response shape
type Body = { data: Record<string, any>; errors?: GqlResponse['body']['errors'] };

const NOTE = `id kind date text followUpOn followUpDoneAt followUpState daysOverdue author
  revisions { kind date text followUpOn editedBy editedAt }`;
const ADD = `mutation A($input: AddCaseNoteInput!) { addCaseNote(input: $input) {
  caseNote { ${NOTE} } userErrors { code field message } } }`;
const EDIT = `mutation E($input: EditCaseNoteInput!) { editCaseNote(input: $input) {
  caseNote { ${NOTE} } userErrors { code field message } } }`;
const DONE = `mutation D($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {
  caseNote { id followUpState followUpDoneAt } userErrors { code field } } }`;
const REFER = `mutation R($input: CreateReferralInput!) { createReferral(input: $input) {
  referral { id service provider reason sharesPersonalData status outcome nextStatuses createdBy beneficiary { code } }
  userErrors { code field message } } }`;
const MOVE = `mutation M($input: UpdateReferralStatusInput!) { updateReferralStatus(input: $input) {
  referral { id status outcome nextStatuses } userErrors { code field message } } }`;
const CONSENT = `mutation C($input: UpdateBeneficiaryConsentInput!) { updateBeneficiaryConsent(input: $input) {
  beneficiary { consent { referrals } } userErrors { code } } }`;
const WORK = `query W($d: [ID!]) { workList(districtIds: $d) { today
  followUps { dueOn overdue daysOverdue caseNote { id text } beneficiary { code district { code } } }
  loansInArrears { totalCount edges { node { reference daysPastDue beneficiary { code } } } }
  waitlisted { id status beneficiary { code district { code } } } } }`;
const FILE = `query F($id: ID!) { beneficiary(id: $id) { code
  caseNotes { id date text } referrals { id status } } }`;

const inDays = (n: number) => addDays(today(), n);

describeEachDatabase('case notes, referrals and the work list', (api) => {
  let admin: string;
  let iom: string;
  let ciraq: string;
  let committee: string;
  let analyst: string;
  let survivor: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  const gql = async (query: string, variables: Record<string, unknown>, token: string) =>
    (await api().gql(query, variables, { token })).body as Body;
  const add = (input: Record<string, unknown>, token = iom) => gql(ADD, { input }, token);
  const audits = (recordId: string) =>
    api()
      .dataSource.getRepository(AuditEventEntity)
      .find({ where: { recordId }, order: { at: 'ASC' } });

  beforeAll(async () => {
    admin = await api().login('admin');
    iom = await api().login('manager.iom');
    ciraq = await api().login('manager.ciraq');
    committee = await api().login('committee');
    analyst = await api().login('analyst.undp');
    survivor = await api().login('+994500000001', '135790');
    ids = await demoIds(api(), admin);
  });

  it('adds a note and edits it, keeping every earlier version and auditing without the text', async () => {
    const added = await add({
      beneficiaryId: ids.survivor('AGJ-002'),
      kind: 'HOME_VISIT',
      date: inDays(-3),
      text: '  Visited the workshop; the roof leaks.  ',
      followUpOn: inDays(4),
    });
    expect(added.data.addCaseNote.userErrors).toEqual([]);
    const note = added.data.addCaseNote.caseNote;
    expect(note).toMatchObject({
      kind: 'HOME_VISIT',
      text: 'Visited the workshop; the roof leaks.',
      followUpState: 'UPCOMING',
      author: expect.any(String),
      revisions: [],
    });

    const first = await gql(
      EDIT,
      {
        input: {
          caseNoteId: note.id,
          kind: 'BUSINESS_ADVICE',
          date: inDays(-2),
          text: 'Advised on pricing.',
          followUpOn: inDays(4),
        },
      },
      iom,
    );
    expect(first.data.editCaseNote.userErrors).toEqual([]);
    const second = await gql(
      EDIT,
      { input: { caseNoteId: note.id, kind: 'BUSINESS_ADVICE', date: inDays(-2), text: 'Third.' } },
      admin,
    );
    const edited = second.data.editCaseNote.caseNote;
    expect(edited).toMatchObject({ text: 'Third.', followUpOn: null, followUpState: 'NONE' });
    expect(edited.revisions.map((r: { text: string }) => r.text)).toEqual([
      'Advised on pricing.',
      'Visited the workshop; the roof leaks.',
    ]);
    expect(edited.revisions[1]).toMatchObject({
      kind: 'HOME_VISIT',
      date: inDays(-3),
      followUpOn: inDays(4),
      editedBy: expect.any(String),
    });
    expect(
      await api().dataSource.getRepository(CaseNoteRevisionEntity).countBy({ caseNoteId: note.id }),
    ).toBe(2);

    const events = await audits(note.id);
    expect(events.map((e) => e.action)).toEqual([
      'ADD_CASE_NOTE',
      'EDIT_CASE_NOTE',
      'EDIT_CASE_NOTE',
    ]);
    expect(JSON.parse(events[1]!.changedFields)).toEqual(['date', 'kind', 'text']);
    expect(JSON.parse(events[2]!.changedFields)).toEqual(['followUpOn', 'text']);
    for (const e of events) expect(JSON.stringify(e)).not.toMatch(/roof|pricing|Third/);

    // The survivor's file lists it first (newest date first).
    const file = await gql(FILE, { id: ids.survivor('AGJ-002') }, iom);
    const dates = file.data.beneficiary.caseNotes.map((n: { date: string }) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(file.data.beneficiary.caseNotes.map((n: { id: string }) => n.id)).toContain(note.id);
  });

  it('refuses empty text, a future date and a follow-up before the note, naming the fields', async () => {
    const r = await add({
      beneficiaryId: ids.survivor('AGJ-002'),
      kind: 'COUNSELLING',
      date: inDays(1),
      text: '   ',
      followUpOn: inDays(-1),
    });
    expect(r.data.addCaseNote.caseNote).toBeNull();
    expect(r.data.addCaseNote.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'text'],
      ['input', 'date'],
      ['input', 'followUpOn'],
    ]);
    const before = await add({
      beneficiaryId: ids.survivor('AGJ-002'),
      kind: 'PHONE_CALL',
      date: inDays(-1),
      text: 'Called.',
      followUpOn: inDays(-2),
    });
    expect(before.data.addCaseNote.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'followUpOn'] }),
    ]);
    const ok = await add({
      beneficiaryId: ids.survivor('AGJ-002'),
      kind: 'PHONE_CALL',
      date: inDays(0),
      text: 'x',
    });
    const edit = await gql(
      EDIT,
      {
        input: {
          caseNoteId: ok.data.addCaseNote.caseNote.id,
          kind: 'PHONE_CALL',
          date: inDays(2),
          text: 'x',
        },
      },
      iom,
    );
    expect(edit.data.editCaseNote.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'date'] }),
    ]);
  });

  it('puts due and overdue follow-ups on the manager’s work list until done', async () => {
    const mk = async (code: string, followUp: number, token = iom) =>
      (
        await add(
          {
            beneficiaryId: ids.survivor(code),
            kind: 'COUNSELLING',
            date: inDays(-10),
            text: `follow-up ${code} ${followUp}`,
            followUpOn: inDays(followUp),
          },
          token,
        )
      ).data.addCaseNote.caseNote.id as string;
    const overdue = await mk('AGJ-003', -3);
    const due = await mk('BEY-002', 0);
    const later = await mk('AGJ-003', 1);
    const ciraqNote = await mk('SAA-002', -5, ciraq);

    const list = (await gql(WORK, {}, iom)).data.workList;
    expect(list.today).toBe(today());
    const byId = new Map(
      list.followUps.map((f: { caseNote: { id: string } }) => [f.caseNote.id, f]),
    );
    expect(byId.get(overdue)).toMatchObject({ dueOn: inDays(-3), overdue: true, daysOverdue: 3 });
    expect(byId.get(due)).toMatchObject({ dueOn: today(), overdue: false, daysOverdue: 0 });
    expect(byId.has(later)).toBe(false);
    expect(byId.has(ciraqNote)).toBe(false);
    for (const f of list.followUps)
      expect(['AGJ', 'BEY', 'IMI', 'FUZ']).toContain(f.beneficiary.district.code);
    const dueDates = list.followUps.map((f: { dueOn: string }) => f.dueOn);
    expect(dueDates).toEqual([...dueDates].sort());

    // Loans in arrears and waitlisted survivors come from the loans and courses, in their districts.
    expect(list.loansInArrears.totalCount).toBeGreaterThan(0);
    for (const e of list.loansInArrears.edges) {
      expect(e.node.daysPastDue).toBeGreaterThan(0);
      expect(e.node.beneficiary.code).toMatch(/^(AGJ|BEY|IMI|FUZ)-/);
    }
    for (const w of list.waitlisted) {
      expect(w.status).toBe('WAITLISTED');
      expect(['AGJ', 'BEY', 'IMI', 'FUZ']).toContain(w.beneficiary.district.code);
    }

    const theirs = (await gql(WORK, {}, ciraq)).data.workList;
    const theirIds = theirs.followUps.map((f: { caseNote: { id: string } }) => f.caseNote.id);
    expect(theirIds).toContain(ciraqNote);
    expect(theirIds).not.toContain(overdue);
    const all = (await gql(WORK, {}, admin)).data.workList;
    expect(all.waitlisted.length).toBeGreaterThan(0); // the demo's full session
    const allIds = all.followUps.map((f: { caseNote: { id: string } }) => f.caseNote.id);
    expect(allIds).toEqual(expect.arrayContaining([overdue, due, ciraqNote]));
    expect(all.loansInArrears.totalCount).toBeGreaterThanOrEqual(
      list.loansInArrears.totalCount + theirs.loansInArrears.totalCount,
    );

    const done = await gql(DONE, { input: { caseNoteId: overdue } }, iom);
    expect(done.data.completeFollowUp.caseNote.followUpState).toBe('DONE');
    expect((await audits(overdue)).map((e) => e.action)).toEqual([
      'ADD_CASE_NOTE',
      'COMPLETE_FOLLOW_UP',
    ]);
    const again = await gql(DONE, { input: { caseNoteId: overdue } }, iom);
    expect(again.data.completeFollowUp.userErrors[0].code).toBe('INVALID_STATE');
    const after = (await gql(WORK, {}, iom)).data.workList;
    expect(after.followUps.map((f: { caseNote: { id: string } }) => f.caseNote.id)).not.toContain(
      overdue,
    );
  });

  it('narrows the work list to the districts asked for, never beyond the manager’s own', async () => {
    const districts = (await gql('{ districts { id code } }', {}, admin)).data.districts as {
      id: string;
      code: string;
    }[];
    const saa = districts.find((d) => d.code === 'SAA')!.id;
    const agj = districts.find((d) => d.code === 'AGJ')!.id;
    const codesOf = (list: { followUps: { beneficiary: { code: string } }[] }) =>
      new Set(list.followUps.map((f) => f.beneficiary.code.slice(0, 3)));
    const adminSaa = (await gql(WORK, { d: [saa] }, admin)).data.workList;
    expect(adminSaa.followUps.length).toBeGreaterThan(0);
    expect(codesOf(adminSaa)).toEqual(new Set(['SAA']));
    for (const e of adminSaa.loansInArrears.edges) expect(e.node.beneficiary.code).toMatch(/^SAA-/);
    const iomSaa = (await gql(WORK, { d: [saa] }, iom)).data.workList;
    expect(iomSaa).toMatchObject({
      followUps: [],
      waitlisted: [],
      loansInArrears: { totalCount: 0 },
    });
    const iomAgj = (await gql(WORK, { d: [agj, saa] }, iom)).data.workList;
    expect(codesOf(iomAgj)).toEqual(new Set(['AGJ']));
  });

  it('clears consent to referrals when consent is withdrawn', async () => {
    const who = ids.survivor('IMI-002');
    await gql(CONSENT, { input: { beneficiaryId: who, referrals: true } }, iom);
    await gql(
      'mutation W($input: WithdrawBeneficiaryConsentInput!) { withdrawBeneficiaryConsent(input: $input) { userErrors { code } } }',
      { input: { beneficiaryId: who } },
      iom,
    );
    const r = await gql(
      REFER,
      {
        input: {
          beneficiaryId: who,
          service: 'MEDICAL',
          provider: 'Clinic',
          reason: 'Check-up.',
          sharesPersonalData: true,
        },
      },
      iom,
    );
    expect(r.data.createReferral.userErrors[0].code).toBe('CONSENT_REQUIRED');
  });

  it('refuses a referral sharing personal data without consent, accepts it with consent', async () => {
    const who = ids.survivor('AGJ-003');
    await gql(CONSENT, { input: { beneficiaryId: who, referrals: false } }, iom);
    const input = {
      beneficiaryId: who,
      service: 'PROSTHETICS',
      provider: 'Baku prosthetics centre',
      reason: 'New socket.',
      sharesPersonalData: true,
    };
    const count = () =>
      api().dataSource.getRepository(ReferralEntity).countBy({ beneficiaryId: who });
    const before = await count();
    const refused = await gql(REFER, { input }, iom);
    expect(refused.data.createReferral).toEqual({
      referral: null,
      userErrors: [
        expect.objectContaining({
          code: 'CONSENT_REQUIRED',
          field: ['input', 'sharesPersonalData'],
        }),
      ],
    });
    expect(await count()).toBe(before);

    const anonymous = await gql(REFER, { input: { ...input, sharesPersonalData: false } }, iom);
    expect(anonymous.data.createReferral.referral.status).toBe('SENT');

    const consent = await gql(CONSENT, { input: { beneficiaryId: who, referrals: true } }, iom);
    expect(consent.data.updateBeneficiaryConsent.beneficiary.consent.referrals).toBe(true);
    const ok = await gql(REFER, { input }, iom);
    expect(ok.data.createReferral.userErrors).toEqual([]);
    expect(ok.data.createReferral.referral).toMatchObject({
      status: 'SENT',
      sharesPersonalData: true,
      nextStatuses: ['ACCEPTED', 'REJECTED'],
      beneficiary: { code: 'AGJ-003' },
    });
    expect(await count()).toBe(before + 2);
    const events = await audits(ok.data.createReferral.referral.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE_REFERRAL']);
    expect(JSON.stringify(events)).not.toMatch(/socket/);
  });

  it('moves a referral only along the allowed transitions, auditing each', async () => {
    const created = await gql(
      REFER,
      {
        input: {
          beneficiaryId: ids.survivor('BEY-002'),
          service: 'LEGAL',
          provider: 'Legal aid clinic',
          reason: 'Disability status papers.',
          sharesPersonalData: false,
        },
      },
      iom,
    );
    const id = created.data.createReferral.referral.id;
    const move = (status: string, outcome?: string) =>
      gql(MOVE, { input: { referralId: id, status, ...(outcome ? { outcome } : {}) } }, iom);
    const skip = await move('DONE');
    expect(skip.data.updateReferralStatus.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'status'] }),
    ]);
    expect((await move('ACCEPTED')).data.updateReferralStatus.referral).toMatchObject({
      status: 'ACCEPTED',
      nextStatuses: ['DONE'],
    });
    const done = await move('DONE', 'Papers issued.');
    expect(done.data.updateReferralStatus.referral).toMatchObject({
      status: 'DONE',
      outcome: 'Papers issued.',
      nextStatuses: [],
    });
    expect((await move('REJECTED')).data.updateReferralStatus.userErrors[0].code).toBe(
      'INVALID_STATE',
    );
    const events = await audits(id);
    expect(events.map((e) => e.action)).toEqual([
      'CREATE_REFERRAL',
      'UPDATE_REFERRAL_STATUS',
      'UPDATE_REFERRAL_STATUS',
    ]);
    expect(JSON.parse(events[2]!.changedFields)).toEqual(['outcome', 'status']);
  });

  it('shows notes and referrals only to ADMIN and the district’s case manager', async () => {
    const agj = ids.survivor('AGJ-001');
    await add({ beneficiaryId: agj, kind: 'COUNSELLING', date: today(), text: 'Private.' });
    const seen = async (token: string) => {
      const r = await api().gql(FILE, { id: agj }, { token });
      return {
        notes: r.body.data?.beneficiary?.caseNotes ?? null,
        codes: (r.body.errors ?? [])
          .map((e) => `${e.path?.join('.')}:${e.extensions?.code}`)
          .sort(),
      };
    };
    expect((await seen(iom)).notes.length).toBeGreaterThan(0);
    expect((await seen(admin)).notes.length).toBeGreaterThan(0);
    for (const token of [committee, analyst, survivor])
      expect(await seen(token)).toEqual({
        notes: null,
        codes: ['beneficiary.caseNotes:FORBIDDEN', 'beneficiary.referrals:FORBIDDEN'],
      });
    const outsider = await seen(ciraq);
    expect(outsider.notes).toBeNull();
    expect(outsider.codes).toContain('beneficiary:FORBIDDEN');

    // Writes and the work list: the same people.
    const note = (await gql(FILE, { id: agj }, iom)).data.beneficiary.caseNotes[0].id;
    const noteQuery = 'query N($id: ID!) { caseNote(id: $id) { id text } }';
    expect((await gql(noteQuery, { id: note }, iom)).data.caseNote.id).toBe(note);
    for (const token of [ciraq, committee, analyst, survivor])
      expect(
        (await api().gql(noteQuery, { id: note }, { token })).body.errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    const write = await api().gql(
      ADD,
      { input: { beneficiaryId: agj, kind: 'COUNSELLING', date: today(), text: 'x' } },
      { token: ciraq },
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const token of [committee, analyst, survivor])
      expect((await api().gql(WORK, {}, { token })).body.errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
  });
});
