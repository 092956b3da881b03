import { DEMO_DISTRICTS, DEMO_SURVIVORS } from './demo-programme';

describe('demo programme', () => {
  it('has 40 survivors in the 7 districts with about 160 household members', () => {
    expect(DEMO_SURVIVORS).toHaveLength(40);
    expect(new Set(DEMO_SURVIVORS.map((s) => s.district))).toEqual(
      new Set(DEMO_DISTRICTS.map((d) => d.code)),
    );
    const members = DEMO_SURVIVORS.reduce((n, s) => n + s.household.length, 0);
    expect(members).toBeGreaterThanOrEqual(150);
    expect(members).toBeLessThanOrEqual(170);
  });

  it('varies sex, ages and injuries, with unique codes and phones', () => {
    expect(new Set(DEMO_SURVIVORS.map((s) => s.sex)).size).toBe(2);
    expect(new Set(DEMO_SURVIVORS.map((s) => s.injuryKind)).size).toBe(5);
    expect(new Set(DEMO_SURVIVORS.map((s) => s.birthYear)).size).toBeGreaterThan(20);
    expect(new Set(DEMO_SURVIVORS.map((s) => s.code)).size).toBe(40);
    expect(new Set(DEMO_SURVIVORS.map((s) => s.phone)).size).toBe(40);
  });

  it('puts the README survivor (+994500000001, PIN 135790) in Aghjabedi', () => {
    expect(DEMO_SURVIVORS[0]).toMatchObject({
      phone: '+994500000001',
      pin: '135790',
      district: 'AGJ',
      code: 'AGJ-001',
    });
  });

  it('dates every household member in the past', () => {
    for (const s of DEMO_SURVIVORS)
      for (const m of s.household) expect(m.birthYear).toBeLessThanOrEqual(2022);
  });
});
