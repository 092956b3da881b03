import { addDays, todayIn } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { DistrictEntity } from '../districts/district.entity';
import { type WriteContext } from '../loans/write-context';
import { CourseSessionEntity } from '../training/course-session.entity';
import { CourseEntity } from '../training/course.entity';
import { createCourseSession } from '../training/create-course-session';
import { enrollInSession } from '../training/enroll-in-session';
import { applyAttendance } from '../training/record-attendance';
import { inTransaction } from '../db/transaction';
import { AttendanceMark } from '../training/training.types';
import { DEMO_SESSIONS } from './demo-training';
import { actor, must } from './load-demo-loans';

const CIRAQ_DISTRICTS = ['SAA', 'BIL', 'TAR'];

/**
 * Sessions, enrollments and attendance through the real use cases (waitlist, completion and
 * certificates included). Runs once: nothing is added when any session exists.
 */
export async function loadDemoTraining(ds: DataSource, now: Date): Promise<number> {
  if ((await ds.getRepository(CourseSessionEntity).count()) > 0) return 0;
  const ctx: WriteContext = { dataSource: ds, now: () => now, requestId: 'seed' };
  const today = todayIn('Asia/Baku', now);
  const managers = {
    iom: await actor(ds, 'manager.iom'),
    ciraq: await actor(ds, 'manager.ciraq'),
  };
  const courses = await ds.getRepository(CourseEntity).find({ order: { createdAt: 'ASC' } });
  const districts = new Map(
    (await ds.getRepository(DistrictEntity).find()).map((d) => [d.code, d]),
  );
  const survivors = new Map(
    (await ds.getRepository(BeneficiaryEntity).find()).map((b) => [b.code, b]),
  );
  for (const s of DEMO_SESSIONS) {
    const manager = CIRAQ_DISTRICTS.includes(s.district) ? managers.ciraq : managers.iom;
    const dates = Array.from({ length: s.meetings }, (_, i) =>
      addDays(today, s.startsInDays + i * s.every),
    );
    const session = must(
      'session',
      await createCourseSession(ctx, manager, {
        courseId: courses.find((c) => c.topic === s.topic)!.id,
        districtId: districts.get(s.district)!.id,
        meetingDates: dates,
        capacity: s.capacity,
        venue: s.venue,
        trainer: s.trainer,
      }),
    ).session!;
    const held = dates.filter((d) => d <= today);
    for (const p of s.participants) {
      const enrollment = must(
        'enrollment',
        await enrollInSession(ctx, manager, {
          sessionId: session.id,
          beneficiaryId: survivors.get(p.survivor)!.id,
        }),
      ).enrollment!;
      if (enrollment.status !== 'ENROLLED' || held.length === 0) continue;
      // One transaction per survivor's register (the use case's rules, without a request per mark).
      await inTransaction(ds, async (em) => {
        for (const [i, date] of held.entries()) {
          const mark =
            i < p.present
              ? AttendanceMark.PRESENT
              : i < p.present + (p.excused ?? 0)
                ? AttendanceMark.EXCUSED
                : AttendanceMark.ABSENT;
          const change = await applyAttendance(
            em,
            manager,
            ctx.requestId,
            enrollment,
            session,
            { enrollmentId: enrollment.id, date, mark },
            now,
          );
          Object.assign(enrollment, change);
        }
      });
    }
  }
  return DEMO_SESSIONS.length;
}
