import { AGHJABEDI, enrollment, session } from './course-fixtures';
import { isActive, orderEnrollments } from './enrollment-status';

describe('enrollment status', () => {
  it('counts signed-up and waiting places as active, finished and cancelled ones not', () => {
    expect(isActive({ status: 'ENROLLED' })).toBe(true);
    expect(isActive({ status: 'WAITLISTED' })).toBe(true);
    expect(isActive({ status: 'COMPLETED' })).toBe(false);
    expect(isActive({ status: 'CANCELLED' })).toBe(false);
  });

  it('orders my courses: held, waiting, completed, cancelled; soonest first within each', () => {
    const early = session('s1', 'ACCOUNTING', AGHJABEDI, '2026-04-01');
    const late = session('s2', 'MARKETING', AGHJABEDI, '2026-05-01');
    const list = [
      enrollment('e1', early, { status: 'CANCELLED' }),
      enrollment('e2', late, { status: 'ENROLLED' }),
      enrollment('e3', early, { status: 'COMPLETED', certificateNumber: 'C-1' }),
      enrollment('e4', late, { status: 'WAITLISTED', waitlistPosition: 1 }),
      enrollment('e5', early, { status: 'ENROLLED' }),
    ];
    expect(orderEnrollments(list).map((item) => item.id)).toEqual(['e5', 'e2', 'e4', 'e3', 'e1']);
  });
});
