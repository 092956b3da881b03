import { describeEachDatabase } from '../test-support/test-server';
import { today } from '../test-support/loan-helpers';
import { DEMO_LOANS } from './demo-loans';
import { loadDemoTraining } from './load-demo-training';

const SESSIONS = `{ courseSessions { id startsOn endsOn capacity seatsLeft course { topic }
  district { code } enrollments { status waitlistPosition certificateNumber beneficiary { code }
  attendance { mark } } } }`;

interface Row {
  startsOn: string;
  endsOn: string;
  capacity: number;
  seatsLeft: number;
  course: { topic: string };
  district: { code: string };
  enrollments: {
    status: string;
    waitlistPosition: number | null;
    certificateNumber: string | null;
    beneficiary: { code: string };
    attendance: { mark: string }[];
  }[];
}

describeEachDatabase('demo training', (api) => {
  let sessions: Row[];
  beforeAll(async () => {
    const r = await api().gql(SESSIONS, {}, { token: await api().login('admin') });
    expect(r.body.errors).toBeUndefined();
    sessions = r.body.data?.courseSessions;
  });

  it('holds all three courses across the 7 districts, past and upcoming', () => {
    const topics = new Set(sessions.map((s) => s.course.topic));
    expect([...topics].sort()).toEqual(['ACCOUNTING', 'MANAGEMENT', 'MARKETING']);
    expect(new Set(sessions.map((s) => s.district.code)).size).toBe(7);
    expect(sessions.some((s) => s.endsOn < today())).toBe(true);
    expect(sessions.filter((s) => s.startsOn > today() && s.seatsLeft > 0).length).toBeGreaterThan(
      3,
    );
  });

  it('every demo borrower completed ACCOUNTING, with a certificate; some fell short', () => {
    const completed = new Set(
      sessions
        .filter((s) => s.course.topic === 'ACCOUNTING')
        .flatMap((s) => s.enrollments)
        .filter((e) => e.status === 'COMPLETED' && e.certificateNumber)
        .map((e) => e.beneficiary.code),
    );
    for (const l of DEMO_LOANS)
      expect({ [l.survivor]: completed.has(l.survivor) }).toEqual({
        [l.survivor]: true,
      });
    const short = sessions
      .flatMap((s) => s.enrollments)
      .filter((e) => e.status === 'ENROLLED' && e.attendance.length > 0);
    expect(short.length).toBeGreaterThan(0);
    expect(short.flatMap((e) => e.attendance.map((a) => a.mark))).toContain('EXCUSED');
  });

  it('has one upcoming session full, with a waitlist in order', () => {
    const full = sessions.filter((s) => s.startsOn > today() && s.seatsLeft === 0);
    expect(full).toHaveLength(1);
    const waitlist = full[0]!.enrollments
      .filter((e) => e.status === 'WAITLISTED')
      .map((e) => e.waitlistPosition)
      .sort();
    expect(waitlist).toEqual([1, 2]);
  });

  it('adds nothing when run again', async () => {
    expect(await loadDemoTraining(api().dataSource, new Date())).toBe(0);
  });
});
