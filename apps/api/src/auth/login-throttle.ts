import { type EntityManager, MoreThan } from 'typeorm';
import { newId } from '../db/columns';
import { LoginAttemptEntity } from './login-attempt.entity';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
/** One address trying many usernames (password spraying) is slowed down too. */
export const MAX_ADDRESS_FAILURES = 50;

/**
 * True when `failures` (ascending times, ms) hold MAX_FAILURES within WINDOW_MS whose last one
 * is less than LOCK_MS ago.
 */
export function lockedByFailures(failures: number[], now: number, max = MAX_FAILURES): boolean {
  for (let i = max - 1; i < failures.length; i++) {
    const last = failures[i]!;
    const first = failures[i - max + 1]!;
    if (last - first <= WINDOW_MS && now < last + LOCK_MS) return true;
  }
  return false;
}

export async function isLocked(
  em: EntityManager,
  username: string,
  address: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS - LOCK_MS).toISOString();
  const repo = em.getRepository(LoginAttemptEntity);
  const attempts = await repo.find({
    where: { username, at: MoreThan(since) },
    order: { at: 'ASC' },
  });
  // A successful sign-in clears the failures before it.
  const lastSuccess = attempts.map((a) => a.succeeded).lastIndexOf(true);
  const failures = attempts.slice(lastSuccess + 1).map((a) => Date.parse(a.at));
  if (lockedByFailures(failures, now.getTime())) return true;
  const byAddress = await repo.count({
    where: {
      address,
      succeeded: false,
      at: MoreThan(new Date(now.getTime() - WINDOW_MS).toISOString()),
    },
  });
  return byAddress >= MAX_ADDRESS_FAILURES;
}

export async function recordAttempt(
  em: EntityManager,
  username: string,
  address: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await em.insert(LoginAttemptEntity, {
    id: newId(),
    username: username.slice(0, 100),
    address: address.slice(0, 64),
    succeeded,
    at: now.toISOString(),
  });
}
