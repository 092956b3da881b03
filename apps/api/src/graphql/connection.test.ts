import { decodeCursor, encodeCursor, pageWindow, toConnection } from './connection';

describe('connection helpers', () => {
  it('round-trips cursors and continues after the given one', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(pageWindow({ first: 10, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 10 });
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });

  it('refuses foreign cursors and oversize pages, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow('"after"');
    expect(() => pageWindow({ first: 1000 })).toThrow('"first"');
    expect(() => pageWindow({ first: -1 })).toThrow('"first"');
  });

  it('builds pageInfo from the window and total', () => {
    const c = toConnection(['a', 'b'], { offset: 2, limit: 2 }, 5);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(3) });
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(toConnection([], { offset: 0, limit: 2 }, 0).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
