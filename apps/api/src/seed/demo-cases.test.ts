import { demoCases } from './demo-cases';
import { DEMO_SURVIVORS } from './demo-programme';

const survivors = DEMO_SURVIVORS.map((s, i) => ({ code: s.code, consentReferrals: i % 4 !== 3 }));

describe('demoCases', () => {
  it('is deterministic', () => {
    expect(demoCases(survivors)).toEqual(demoCases(survivors));
  });

  it('gives every survivor a note, and every fifth an overdue follow-up', () => {
    const { notes } = demoCases(survivors);
    expect(new Set(notes.map((n) => n.survivor)).size).toBe(40);
    const overdue = notes.filter(
      (n) => n.followUpOffset !== null && n.followUpOffset < 0 && !n.followUpDone,
    );
    expect(overdue).toHaveLength(8);
    for (const n of notes) {
      expect(n.dayOffset).toBeLessThan(0);
      if (n.followUpOffset !== null) expect(n.followUpOffset).toBeGreaterThanOrEqual(n.dayOffset);
    }
  });

  it('shares personal data only for survivors who agreed', () => {
    const { referrals } = demoCases(survivors);
    const agreed = new Map(survivors.map((s) => [s.code, s.consentReferrals]));
    expect(referrals.length).toBeGreaterThan(10);
    for (const r of referrals) expect(r.sharesPersonalData).toBe(agreed.get(r.survivor));
  });
});
