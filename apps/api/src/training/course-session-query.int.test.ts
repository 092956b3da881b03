import { addDays } from '@revolve/domain';
import { today } from '../test-support/loan-helpers';
import { createSession, trainingIds } from '../test-support/training-helpers';
import { describeEachDatabase } from '../test-support/test-server';

const ONE = `query One($id: ID!) { courseSession(id: $id) {
  id capacity seatsLeft course { topic } district { code } enrollments { id } } }`;

describeEachDatabase('courseSession(id): one session for the admin session page', (api) => {
  it('returns the session to staff, null for an unknown id, and refuses the signed-out', async () => {
    const manager = await api().login('manager.iom');
    const t = await trainingIds(api(), manager);
    const id = await createSession(api(), manager, {
      courseId: t.course('ACCOUNTING'),
      districtId: t.district('AGJ'),
      meetingDates: [addDays(today(), 5), addDays(today(), 12)],
      capacity: 7,
    });
    const found = await api().gql(ONE, { id }, { token: manager });
    expect(found.body.data?.courseSession).toEqual({
      id,
      capacity: 7,
      seatsLeft: 7,
      course: { topic: 'ACCOUNTING' },
      district: { code: 'AGJ' },
      enrollments: [],
    });
    const missing = await api().gql(ONE, { id: 'no-such-session' }, { token: manager });
    expect(missing.body.data?.courseSession).toBeNull();
    const anonymous = await api().gql(ONE, { id });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
