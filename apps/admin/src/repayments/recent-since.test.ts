import { recentSince } from './recent-since';

describe('recentSince', () => {
  it('starts today at local midnight', () => {
    const now = new Date(2026, 10, 26, 15, 30);
    expect(new Date(recentSince('today', now))).toEqual(new Date(2026, 10, 26));
  });

  it('starts the week on Monday, also on a Sunday and on a Monday', () => {
    // 26 Nov 2026 is a Thursday; the 23rd a Monday; the 29th a Sunday.
    expect(new Date(recentSince('week', new Date(2026, 10, 26, 9)))).toEqual(
      new Date(2026, 10, 23),
    );
    expect(new Date(recentSince('week', new Date(2026, 10, 29, 23)))).toEqual(
      new Date(2026, 10, 23),
    );
    expect(new Date(recentSince('week', new Date(2026, 10, 23, 0, 5)))).toEqual(
      new Date(2026, 10, 23),
    );
  });
});
