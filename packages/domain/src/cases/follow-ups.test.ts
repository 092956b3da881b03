import { classifyFollowUp, isFollowUpOnWorkList } from './follow-ups';

const TODAY = '2026-03-01';

describe('classifyFollowUp', () => {
  it('is NONE without a follow-up date', () => {
    expect(classifyFollowUp(null, false, TODAY)).toEqual({ state: 'NONE', daysOverdue: 0 });
  });

  it('is DUE on the day, UPCOMING before it', () => {
    expect(classifyFollowUp(TODAY, false, TODAY)).toEqual({ state: 'DUE', daysOverdue: 0 });
    expect(classifyFollowUp('2026-03-02', false, TODAY)).toEqual({
      state: 'UPCOMING',
      daysOverdue: 0,
    });
  });

  it('is OVERDUE from the next day, counting whole days across month ends', () => {
    expect(classifyFollowUp('2026-02-28', false, TODAY)).toEqual({
      state: 'OVERDUE',
      daysOverdue: 1,
    });
    expect(classifyFollowUp('2026-01-30', false, TODAY)).toEqual({
      state: 'OVERDUE',
      daysOverdue: 30,
    });
    expect(classifyFollowUp('2025-03-01', false, TODAY)).toEqual({
      state: 'OVERDUE',
      daysOverdue: 365,
    });
  });

  it('is DONE once done, however late', () => {
    expect(classifyFollowUp('2026-01-01', true, TODAY)).toEqual({ state: 'DONE', daysOverdue: 0 });
  });
});

describe('isFollowUpOnWorkList', () => {
  it('lists due and overdue follow-ups that are not done', () => {
    expect(isFollowUpOnWorkList(TODAY, false, TODAY)).toBe(true);
    expect(isFollowUpOnWorkList('2026-02-01', false, TODAY)).toBe(true);
    expect(isFollowUpOnWorkList('2026-03-02', false, TODAY)).toBe(false);
    expect(isFollowUpOnWorkList('2026-02-01', true, TODAY)).toBe(false);
    expect(isFollowUpOnWorkList(null, false, TODAY)).toBe(false);
  });
});
