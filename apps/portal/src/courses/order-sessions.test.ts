import { AGHJABEDI, BEYLAGAN, IMISHLI, session } from './course-fixtures';
import { orderSessions } from './order-sessions';

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('orderSessions', () => {
  const sessions = [
    session('s1', 'MARKETING', IMISHLI, '2026-05-04'),
    session('s2', 'ACCOUNTING', AGHJABEDI, '2026-06-01'),
    session('s3', 'MANAGEMENT', BEYLAGAN, '2026-05-04'),
    session('s4', 'MARKETING', AGHJABEDI, '2026-05-11'),
    session('s5', 'ACCOUNTING', BEYLAGAN, '2026-04-20'),
  ];

  it('puts my district first, each part soonest first, ties by district name', () => {
    const { near, elsewhere } = orderSessions(sessions, AGHJABEDI.id);
    expect(ids(near)).toEqual(['s4', 's2']);
    expect(ids(elsewhere)).toEqual(['s5', 's3', 's1']);
  });

  it('without a district, everything is elsewhere', () => {
    const { near, elsewhere } = orderSessions(sessions, null);
    expect(near).toEqual([]);
    expect(ids(elsewhere)).toEqual(['s5', 's3', 's1', 's4', 's2']);
  });

  it('leaves the given list as it was', () => {
    const copy = [...sessions];
    orderSessions(sessions, AGHJABEDI.id);
    expect(sessions).toEqual(copy);
  });
});
