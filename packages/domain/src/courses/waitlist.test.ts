import {
  admissionStatus,
  type QueuedEnrollment,
  seatsLeft,
  toPromote,
  waitlistPosition,
} from './waitlist';

const e = (id: string, status: QueuedEnrollment['status'], queueNumber: number) => ({
  id,
  status,
  queueNumber,
});

describe('waitlist', () => {
  const list = [
    e('a', 'ENROLLED', 1),
    e('b', 'COMPLETED', 2),
    e('c', 'CANCELLED', 3),
    e('w2', 'WAITLISTED', 6),
    e('w1', 'WAITLISTED', 4),
  ];

  it('counts enrolled and completed survivors as seats taken', () => {
    expect(seatsLeft(3, list)).toBe(1);
    expect(seatsLeft(2, list)).toBe(0);
    expect(seatsLeft(1, list)).toBe(0);
  });

  it('admits while a seat is free, then waitlists', () => {
    expect(admissionStatus(2, 1)).toBe('ENROLLED');
    expect(admissionStatus(2, 2)).toBe('WAITLISTED');
  });

  it('numbers the waitlist in order of arrival', () => {
    expect(waitlistPosition(list, 'w1')).toBe(1);
    expect(waitlistPosition(list, 'w2')).toBe(2);
    expect(waitlistPosition(list, 'a')).toBeNull();
  });

  it('promotes the first in line into each free seat', () => {
    expect(toPromote(2, list)).toEqual([]);
    expect(toPromote(3, list).map((x) => x.id)).toEqual(['w1']);
    expect(toPromote(9, list).map((x) => x.id)).toEqual(['w1', 'w2']);
  });
});
