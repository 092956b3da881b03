import { todayInBaku } from './today-in-baku';

describe('todayInBaku', () => {
  it('is already tomorrow in Baku (UTC+4) late in the UTC evening', () => {
    expect(todayInBaku(new Date('2026-03-31T20:30:00Z'))).toBe('2026-04-01');
  });

  it('is the same day earlier on', () => {
    expect(todayInBaku(new Date('2026-03-31T19:59:00Z'))).toBe('2026-03-31');
  });
});
