import { MemoryStorage } from './memory-storage';

it('keeps items like Storage does, and only in memory', () => {
  const s = new MemoryStorage();
  s.setItem('a', '1');
  s.setItem('b', '2');
  expect([s.length, s.getItem('a'), s.key(1), s.getItem('zz')]).toEqual([2, '1', 'b', null]);
  s.removeItem('a');
  expect(s.length).toBe(1);
  s.clear();
  expect(new MemoryStorage().length + s.length).toBe(0);
});
