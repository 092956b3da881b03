import { addDays } from '@revolve/domain';
import {
  APPROVE,
  createProduct,
  daysAgo,
  demoIds,
  DISBURSE,
  SUBMIT,
  today,
} from '../test-support/loan-helpers';
import {
  ATTEND,
  CANCEL,
  CREATE_SESSION,
  createSession,
  ENROLL,
  trainingIds,
} from '../test-support/training-helpers';
import { describeEachDatabase, type GqlResponse } from '../test-support/test-server';

/** A response whose data the test reads freely (it fails when a field is missing). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any response shape
type Body = { data: Record<string, any>; errors?: GqlResponse['body']['errors'] };

const inDays = (n: number) => addDays(today(), n);
const pastDates = (count: number, from = 40) =>
  Array.from({ length: count }, (_, i) => daysAgo(from - i));

describeEachDatabase('courses: sessions, enrollment, waitlist, attendance, completion', (api) => {
  let admin: string;
  let manager: string;
  let ciraq: string;
  let committee: string;
  let survivorToken: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let t: Awaited<ReturnType<typeof trainingIds>>;

  const enroll = async (sessionId: string, code: string | null, token = manager) =>
    (
      await api().gql(
        ENROLL,
        { input: { sessionId, ...(code ? { beneficiaryId: ids.survivor(code) } : {}) } },
        { token },
      )
    ).body as Body;
  const attend = async (enrollmentId: string, date: string, mark: string, token = manager) =>
    (await api().gql(ATTEND, { input: { enrollmentId, date, mark } }, { token })).body as Body;

  beforeAll(async () => {
    admin = await api().login('admin');
    manager = await api().login('manager.iom');
    ciraq = await api().login('manager.ciraq');
    committee = await api().login('committee');
    survivorToken = await api().login('+994500000001', '135790');
    ids = await demoIds(api(), admin);
    t = await trainingIds(api(), manager);
  });

  it('lists the catalogue in three languages; staff add courses, others may not', async () => {
    const r = await api().gql(
      '{ courses { topic title az: title(language: AZ) ru: description(language: RU) } }',
      {},
      { token: survivorToken },
    );
    expect(r.body.data?.courses.map((c: { topic: string }) => c.topic).sort()).toEqual([
      'ACCOUNTING',
      'MANAGEMENT',
      'MARKETING',
    ]);
    expect(r.body.data?.courses[0]).toEqual({
      topic: 'ACCOUNTING',
      title: 'Bookkeeping for a small business',
      az: 'Kiçik biznes üçün mühasibat',
      ru: expect.stringContaining('Кассовая'),
    });
    const add = `mutation C($input: CreateCourseInput!) { createCourse(input: $input) { course { topic title } userErrors { code } } }`;
    const input = {
      topic: 'MARKETING',
      titleEn: 'Selling online',
      titleAz: 'Onlayn satış',
      titleRu: 'Продажи онлайн',
      descriptionEn: 'Shops on social networks.',
      descriptionAz: 'Sosial şəbəkələrdə mağazalar.',
      descriptionRu: 'Магазины в соцсетях.',
    };
    const ok = await api().gql(add, { input }, { token: manager });
    expect(ok.body.data?.createCourse).toEqual({
      course: { topic: 'MARKETING', title: 'Selling online' },
      userErrors: [],
    });
    const no = await api().gql(add, { input }, { token: committee });
    expect(no.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('plans sessions in the manager’s districts only, with dates in order and named errors', async () => {
    const input = {
      courseId: t.course('MARKETING'),
      districtId: t.district('AGJ'),
      meetingDates: [inDays(20), inDays(10), inDays(15)],
      capacity: 12,
      venue: 'Hindarx school',
    };
    const r = await api().gql(CREATE_SESSION, { input }, { token: manager });
    expect(r.body.data?.createCourseSession).toEqual({
      userErrors: [],
      session: expect.objectContaining({
        startsOn: inDays(10),
        endsOn: inDays(20),
        meetingDates: [inDays(10), inDays(15), inDays(20)],
        capacity: 12,
        seatsLeft: 12,
        course: { topic: 'MARKETING' },
        district: { code: 'AGJ' },
      }),
    });
    const twice = await api().gql(
      CREATE_SESSION,
      { input: { ...input, meetingDates: [inDays(3), inDays(3)] } },
      { token: manager },
    );
    expect(twice.body.data?.createCourseSession.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'meetingDates'] }),
    ]);
    const elsewhere = await api().gql(CREATE_SESSION, { input }, { token: ciraq });
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await api().gql(
      'query L($f: CourseSessionFilter) { courseSessions(filter: $f) { id venue } }',
      { f: { districtIds: [t.district('AGJ')], topics: ['MARKETING'], from: inDays(10) } },
      { token: survivorToken },
    );
    expect(listed.body.data?.courseSessions).toContainEqual({
      id: r.body.data?.createCourseSession.session.id,
      venue: 'Hindarx school',
    });
  });

  it('fills seats, waitlists with positions, refuses double enrollment, and promotes on cancel', async () => {
    const sessionId = await createSession(api(), manager, {
      courseId: t.course('MANAGEMENT'),
      districtId: t.district('BEY'),
      meetingDates: [inDays(30), inDays(37)],
      capacity: 2,
    });
    const a = (await enroll(sessionId, 'BEY-003')).data.enrollInSession.enrollment;
    const b = (await enroll(sessionId, 'BEY-004')).data.enrollInSession.enrollment;
    const c = (await enroll(sessionId, 'BEY-005')).data.enrollInSession.enrollment;
    const d = (await enroll(sessionId, 'AGJ-004')).data.enrollInSession.enrollment;
    expect([a, b, c, d].map((e) => [e.status, e.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    expect(d.session.seatsLeft).toBe(0);
    expect((await enroll(sessionId, 'BEY-005')).data.enrollInSession.userErrors).toEqual([
      expect.objectContaining({ code: 'ALREADY_ENROLLED' }),
    ]);

    const cancelled = await api().gql(
      CANCEL,
      { input: { enrollmentId: a.id } },
      { token: manager },
    );
    expect(cancelled.body.data?.cancelEnrollment.enrollment.status).toBe('CANCELLED');
    const inThisSession = async (code: string) =>
      (
        await api().gql(
          'query B($id: ID!) { beneficiary(id: $id) { enrollments { id status waitlistPosition session { id } } } }',
          { id: ids.survivor(code) },
          { token: manager },
        )
      ).body.data?.beneficiary.enrollments
        .filter((e: { session: { id: string } }) => e.session.id === sessionId)
        .map(({ session: _s, ...e }: { session: unknown }) => e);
    expect(await inThisSession('AGJ-004')).toEqual([
      { id: d.id, status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
    expect(await inThisSession('BEY-005')).toEqual([
      { id: c.id, status: 'ENROLLED', waitlistPosition: null },
    ]);
    // A waitlist place given up moves nobody into a seat.
    await api().gql(CANCEL, { input: { enrollmentId: d.id } }, { token: manager });
    const again = await api().gql(CANCEL, { input: { enrollmentId: d.id } }, { token: manager });
    expect(again.body.data?.cancelEnrollment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    // Re-enrolling after a cancellation joins the end of the queue.
    const back = (await enroll(sessionId, 'BEY-003')).data.enrollInSession.enrollment;
    expect([back.id, back.status, back.waitlistPosition]).toEqual([a.id, 'WAITLISTED', 1]);
  });

  it('two survivors racing for the last seat: one ENROLLED, one WAITLISTED', async () => {
    for (let round = 0; round < 3; round++) {
      const sessionId = await createSession(api(), manager, {
        courseId: t.course('MARKETING'),
        districtId: t.district('IMI'),
        meetingDates: [inDays(40 + round)],
        capacity: 1,
      });
      const results = await Promise.all([
        enroll(sessionId, 'IMI-003'),
        enroll(sessionId, 'IMI-004'),
        enroll(sessionId, 'IMI-005'),
      ]);
      const statuses = results.map((r) => r.data.enrollInSession.enrollment.status).sort();
      expect(statuses).toEqual(['ENROLLED', 'WAITLISTED', 'WAITLISTED']);
      const positions = results
        .map((r) => r.data.enrollInSession.enrollment.waitlistPosition)
        .filter((p) => p !== null)
        .sort();
      expect(positions.length).toBe(2);
    }
  });

  it('survivors enroll themselves before the first meeting only; case managers also late', async () => {
    const upcoming = await createSession(api(), manager, {
      courseId: t.course('MARKETING'),
      districtId: t.district('AGJ'),
      meetingDates: [inDays(5), inDays(12)],
      capacity: 10,
    });
    const mine = await enroll(upcoming, null, survivorToken);
    expect(mine.data.enrollInSession.enrollment).toEqual(
      expect.objectContaining({ status: 'ENROLLED', beneficiary: { code: 'AGJ-001' } }),
    );
    const own = await api().gql('{ myEnrollments { id status } }', {}, { token: survivorToken });
    expect(own.body.data?.myEnrollments).toContainEqual({
      id: mine.data.enrollInSession.enrollment.id,
      status: 'ENROLLED',
    });
    const other = await enroll(upcoming, 'AGJ-002', survivorToken);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const started = await createSession(api(), manager, {
      courseId: t.course('MANAGEMENT'),
      districtId: t.district('AGJ'),
      meetingDates: [today(), inDays(7)],
      capacity: 10,
    });
    expect((await enroll(started, null, survivorToken)).data.enrollInSession.userErrors).toEqual([
      expect.objectContaining({ code: 'ENROLLMENT_CLOSED', field: ['input', 'sessionId'] }),
    ]);
    const late = await enroll(started, 'AGJ-001');
    expect(late.data.enrollInSession.enrollment.status).toBe('ENROLLED');
    const outside = await enroll(started, 'AGJ-003', ciraq);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('completes at 80% PRESENT, EXCUSED counting as absent, never for a future date', async () => {
    const dates = [...pastDates(9), inDays(3)];
    const sessionId = await createSession(api(), manager, {
      courseId: t.course('MARKETING'),
      districtId: t.district('FUZ'),
      meetingDates: dates,
      capacity: 5,
    });
    const e = (await enroll(sessionId, 'FUZ-002')).data.enrollInSession.enrollment;
    for (const date of dates.slice(0, 7)) await attend(e.id, date, 'PRESENT');
    const excused = await attend(e.id, dates[7]!, 'EXCUSED');
    // 7 of 10 present (70%), one excused: not enough.
    expect(excused.data.recordAttendance.enrollment).toEqual(
      expect.objectContaining({ status: 'ENROLLED', certificateNumber: null }),
    );
    const future = await attend(e.id, dates[9]!, 'PRESENT');
    expect(future.data.recordAttendance.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: ['input', 'date'] }),
    ]);
    const notAMeeting = await attend(e.id, daysAgo(100), 'PRESENT');
    expect(notAMeeting.data.recordAttendance.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'date'] }),
    ]);
    expect((await attend(e.id, dates[0]!, 'PRESENT', ciraq)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    // The excused meeting corrected to PRESENT: 8 of 10, exactly 80%.
    const done = (await attend(e.id, dates[7]!, 'PRESENT')).data.recordAttendance.enrollment;
    expect(done.status).toBe('COMPLETED');
    expect(done.certificateNumber).toMatch(/^MKT-\d{4}-[0-9A-F]{8}$/);
    expect(done.attendance).toHaveLength(8);
    // A correction back below the line withdraws the completion.
    const undone = (await attend(e.id, dates[0]!, 'ABSENT')).data.recordAttendance.enrollment;
    expect([undone.status, undone.certificateNumber]).toEqual(['ENROLLED', null]);
    const redone = (await attend(e.id, dates[8]!, 'PRESENT')).data.recordAttendance.enrollment;
    expect(redone.certificateNumber).toBe(done.certificateNumber);
    const cancel = await api().gql(CANCEL, { input: { enrollmentId: e.id } }, { token: manager });
    expect(cancel.body.data?.cancelEnrollment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
  });

  it('refuses attendance for a waitlisted survivor', async () => {
    const sessionId = await createSession(api(), manager, {
      courseId: t.course('MANAGEMENT'),
      districtId: t.district('FUZ'),
      meetingDates: pastDates(2, 10),
      capacity: 1,
    });
    await enroll(sessionId, 'FUZ-003');
    const w = (await enroll(sessionId, 'FUZ-004')).data.enrollInSession.enrollment;
    expect(w.status).toBe('WAITLISTED');
    expect((await attend(w.id, daysAgo(10), 'PRESENT')).data.recordAttendance.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
  });

  it('disburses a loan that requires ACCOUNTING only once the course is completed', async () => {
    const code = 'FUZ-005';
    const before = await api().gql(
      'query B($id: ID!) { beneficiary(id: $id) { enrollments { status session { course { topic } } } } }',
      { id: ids.survivor(code) },
      { token: admin },
    );
    expect(
      before.body.data?.beneficiary.enrollments.filter(
        (e: { status: string; session: { course: { topic: string } } }) =>
          e.status === 'COMPLETED' && e.session.course.topic === 'ACCOUNTING',
      ),
    ).toEqual([]);
    const productId = await createProduct(api(), { requiredCourseTopics: ['ACCOUNTING'] });
    const loan = (
      await api().gql(
        SUBMIT,
        {
          input: {
            beneficiaryId: ids.survivor(code),
            productId,
            purpose: 'START_UP',
            businessDescription: 'Beekeeping.',
            principal: { amount: '800.00', currency: 'AZN' },
            termMonths: 8,
            graceMonths: 0,
          },
        },
        { token: manager },
      )
    ).body.data?.submitLoanApplication.loan;
    await api().gql(APPROVE, { input: { loanId: loan.id } }, { token: committee });
    const disburse = async () =>
      (
        await api().gql(
          DISBURSE,
          { input: { loanId: loan.id, disbursedOn: today() } },
          { token: manager },
        )
      ).body.data?.disburseLoan;
    expect((await disburse()).userErrors).toEqual([
      expect.objectContaining({ code: 'TRAINING_REQUIRED' }),
    ]);
    const dates = pastDates(5, 60);
    const sessionId = await createSession(api(), manager, {
      courseId: t.course('ACCOUNTING'),
      districtId: t.district('FUZ'),
      meetingDates: dates,
      capacity: 8,
    });
    const e = (await enroll(sessionId, code)).data.enrollInSession.enrollment;
    for (const date of dates.slice(0, 3)) await attend(e.id, date, 'PRESENT');
    expect((await disburse()).userErrors).toEqual([
      expect.objectContaining({ code: 'TRAINING_REQUIRED' }),
    ]);
    await attend(e.id, dates[3]!, 'PRESENT');
    const ok = await disburse();
    expect(ok.userErrors).toEqual([]);
    expect(ok.loan.status).toBe('ACTIVE');
  });
});
