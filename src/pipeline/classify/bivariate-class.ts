/**
 * The nine classes of a bivariate map: the X indicator's third (A lower, B middle, C upper)
 * and the Y indicator's third (1 lower, 2 middle, 3 upper), so "C1" reads "upper third of X,
 * lower third of Y" in a legend cell, a table or a CSV, without any colour.
 *
 *   Y  3 | A3 B3 C3
 *      2 | A2 B2 C2        index = 3 * y + x (x, y = 0, 1, 2),
 *      1 | A1 B1 C1        the position of the class colour in BIVARIATE_COLOURS
 *        +----------
 *          A  B  C   X
 */
export interface BivariateClass {
  /** The X third: 0 lower, 1 middle, 2 upper. */
  x: number;
  /** The Y third: 0 lower, 1 middle, 2 upper. */
  y: number;
  index: number;
  code: string;
}

export const THIRD_NAMES = ['lower', 'middle', 'upper'] as const;

export function bivariateClass(x: number, y: number): BivariateClass {
  if (![0, 1, 2].includes(x) || ![0, 1, 2].includes(y)) throw new Error(`bivariateClass: thirds are 0, 1 or 2, not ${x}, ${y}`);
  return { x, y, index: 3 * y + x, code: `${'ABC'[x]}${y + 1}` };
}

/** "upper third of X, lower third of Y", for a class code's long form. */
export function describeBivariateClass(cls: BivariateClass, xName: string, yName: string): string {
  return `${THIRD_NAMES[cls.x]} third of ${xName}, ${THIRD_NAMES[cls.y]} third of ${yName}`;
}
