import { isSmall, suppressSmallCells } from './suppress-small-cells';

const cells = (...sizes: number[][]) => sizes.map((people) => ({ people }));

describe('suppressSmallCells', () => {
  it('hides 1..4 people, shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 40].map(isSmall)).toEqual([false, true, true, false, false]);
    expect(suppressSmallCells(cells([5, 5], [6, 0], [0, 0]))).toEqual([false, false, false]);
  });

  it('hides a cell when any of its figures rests on few people', () => {
    // 7 survivors but 2 borrowers, and a second small cell: both hidden, nothing more.
    expect(suppressSmallCells(cells([7, 2], [3, 3], [9, 9]))).toEqual([true, true, false]);
  });

  it('hides the next smallest non-empty cell when only one is small (complementary)', () => {
    expect(suppressSmallCells(cells([3, 1], [0, 0], [8, 6], [6, 5], [9, 9]))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it('leaves a lone small cell hidden when nothing else can cover it', () => {
    expect(suppressSmallCells(cells([2, 2]))).toEqual([true]);
    expect(suppressSmallCells(cells([2, 2], [0, 0]))).toEqual([true, false]);
  });
});
