import { type EntityManager } from 'typeorm';

/**
 * Course topics the survivor has completed. Courses arrive with their own issue; until then
 * nobody has completed any, so a product that requires a course cannot yet be disbursed.
 */
export async function completedCourseTopics(
  _em: EntityManager,
  _beneficiaryId: string,
): Promise<string[]> {
  return [];
}
