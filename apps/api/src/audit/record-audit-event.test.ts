import { changedFieldNames } from './record-audit-event';

describe('changedFieldNames', () => {
  it('lists only fields given and different', () => {
    expect(changedFieldNames({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: undefined })).toEqual([
      'b',
    ]);
    expect(changedFieldNames({ a: [1] }, { a: [1, 2] })).toEqual(['a']);
  });
});
