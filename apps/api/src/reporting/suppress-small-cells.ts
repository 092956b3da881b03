/** Fewer than this many people behind a figure and ANALYST gets null instead. */
export const MIN_PEOPLE = 5;

/** A figure resting on 1..4 people points at someone; 0 points at no one. */
export const isSmall = (people: number): boolean => people > 0 && people < MIN_PEOPLE;

export interface SizedCell {
  /** People behind the cell's figures (survivors, borrowers): each must be 0 or at least 5. */
  people: readonly number[];
}

/**
 * Which cells of one breakdown to hide. Primary: any cell resting on 1..4 people. Complementary:
 * when exactly one cell is hidden, the total minus the visible cells would give it back, so the
 * next smallest non-empty cell is hidden with it.
 */
export function suppressSmallCells(cells: readonly SizedCell[]): boolean[] {
  const hidden = cells.map((c) => c.people.some(isSmall));
  if (hidden.filter(Boolean).length !== 1) return hidden;
  const size = (c: SizedCell) => Math.max(...c.people);
  let next = -1;
  cells.forEach((c, i) => {
    if (hidden[i] || size(c) === 0) return;
    if (next === -1 || size(c) < size(cells[next] as SizedCell)) next = i;
  });
  if (next !== -1) hidden[next] = true;
  return hidden;
}
