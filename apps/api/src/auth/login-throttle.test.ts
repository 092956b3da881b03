import { LOCK_MS, lockedByFailures } from './login-throttle';

const MIN = 60 * 1000;

describe('lockedByFailures', () => {
  it('locks after five failures within 15 minutes, for 15 minutes', () => {
    const t = [0, 1, 2, 3, 4].map((i) => i * MIN);
    expect(lockedByFailures(t.slice(0, 4), 5 * MIN)).toBe(false);
    expect(lockedByFailures(t, 5 * MIN)).toBe(true);
    expect(lockedByFailures(t, 4 * MIN + LOCK_MS - 1)).toBe(true);
    expect(lockedByFailures(t, 4 * MIN + LOCK_MS)).toBe(false);
  });

  it('does not lock when the failures are spread over more than 15 minutes', () => {
    const t = [0, 4, 8, 12, 16].map((i) => i * MIN);
    expect(lockedByFailures(t, 17 * MIN)).toBe(false);
  });
});
