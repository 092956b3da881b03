import { meetingDatesOf, type SessionForm, validateSession } from './validate-session';

const good: SessionForm = {
  courseId: 'c1',
  districtId: 'd1',
  venue: '',
  trainer: '',
  capacity: '12',
  meetingDates: ['2026-12-10', '2026-12-03', ''],
};

describe('validateSession', () => {
  it('accepts a full form, and past dates too', () => {
    expect(validateSession(good)).toEqual({});
    expect(validateSession({ ...good, meetingDates: ['2020-01-05'] })).toEqual({});
  });

  it('names each missing or wrong field', () => {
    expect(
      validateSession({ ...good, courseId: '', districtId: '', capacity: '0', meetingDates: [''] }),
    ).toEqual({
      courseId: 'courseRequired',
      districtId: 'districtRequired',
      capacity: 'capacityRange',
      meetingDates: 'datesRequired',
    });
    expect(validateSession({ ...good, capacity: '2.5' }).capacity).toBe('capacityRange');
    expect(validateSession({ ...good, meetingDates: ['2026-02-30'] }).meetingDates).toBe(
      'datesInvalid',
    );
    expect(validateSession({ ...good, meetingDates: ['2026-12-03', '2026-12-03'] })).toEqual({
      meetingDates: 'datesTwice',
    });
  });

  it('sends the filled dates in order', () => {
    expect(meetingDatesOf(good)).toEqual(['2026-12-03', '2026-12-10']);
  });
});
