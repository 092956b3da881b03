import { type DataSource } from 'typeorm';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { CourseEntity } from '../training/course.entity';
import { DEMO_COURSES } from './demo-courses';

/** The course catalogue; keyed by topic and English title, so a second run adds nothing. */
export async function loadDemoCourses(ds: DataSource, now: Date): Promise<number> {
  return inTransaction(ds, async (em) => {
    const have = new Set((await em.find(CourseEntity)).map((c) => `${c.topic}/${c.titleEn}`));
    let added = 0;
    for (const c of DEMO_COURSES) {
      if (have.has(`${c.topic}/${c.titleEn}`)) continue;
      await em.insert(CourseEntity, { id: newId(), ...c, createdAt: now.toISOString() });
      added++;
    }
    return added;
  });
}
