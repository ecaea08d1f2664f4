/**
 * Agreement between two graders (say a teacher and the AI) marking the same answers, for the
 * grading harness. Marks are put on a grid of categories `step` apart first, so a 2.5 from one
 * grader and a 3 from the other are compared as the same kind of thing; halves round up.
 */

/** The share of answers both graders put in the same category, 0..1. */
export function exactAgreement(a: number[], b: number[], step = 1): number {
  checkPairs(a, b, step);
  const same = a.filter((mark, index) => category(mark, 0, step) === category(b[index] ?? Number.NaN, 0, step)).length;
  return same / a.length;
}

/**
 * Cohen's kappa with quadratic weights: 1 - Σ w·O / Σ w·E, where O counts pairs of categories,
 * E is what the graders' own mark distributions would give by chance, and w = (i - j)² / (n - 1)².
 * 1 is perfect agreement, 0 no better than chance, below 0 worse. When both graders give every
 * answer the same single category, chance and observed disagreement are both zero; that case is
 * defined as 1. (Any other constant grader yields 0 from the formula itself: O equals E.)
 */
export function quadraticWeightedKappa(a: number[], b: number[], min: number, max: number, step = 1): number {
  checkPairs(a, b, step);
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) throw new RangeError(`The mark range ${min}..${max} is not a range`);
  const count = category(max, min, step) + 1;
  // observed[i * count + j]: answers grader a put in category i and grader b in category j.
  const observed = new Array<number>(count * count).fill(0);
  const rowTotals = new Array<number>(count).fill(0);
  const columnTotals = new Array<number>(count).fill(0);
  a.forEach((mark, index) => {
    const i = inRange(mark, min, max, step);
    const j = inRange(b[index] ?? Number.NaN, min, max, step);
    observed[i * count + j] = (observed[i * count + j] ?? 0) + 1;
    rowTotals[i] = (rowTotals[i] ?? 0) + 1;
    columnTotals[j] = (columnTotals[j] ?? 0) + 1;
  });
  let observedDisagreement = 0;
  let chanceDisagreement = 0;
  for (let i = 0; i < count; i += 1) {
    for (let j = 0; j < count; j += 1) {
      const weight = count === 1 ? 0 : (i - j) ** 2 / (count - 1) ** 2;
      observedDisagreement += weight * (observed[i * count + j] ?? 0);
      chanceDisagreement += (weight * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / a.length;
    }
  }
  return chanceDisagreement === 0 ? 1 : 1 - observedDisagreement / chanceDisagreement;
}

function checkPairs(a: number[], b: number[], step: number): void {
  if (a.length !== b.length) throw new RangeError(`The graders marked different numbers of answers (${a.length} and ${b.length})`);
  if (a.length === 0) throw new RangeError("There are no marks to compare");
  if (!Number.isFinite(step) || step <= 0) throw new RangeError(`The step between categories must be above 0, not ${step}`);
  const bad = [...a, ...b].find((mark) => !Number.isFinite(mark));
  if (bad !== undefined) throw new RangeError(`${bad} is not a mark`);
}

/** The index of the nearest category; the tiny epsilon keeps 0.3 / 0.1 = 2.9999… at 3 and halves rounding up. */
function category(mark: number, min: number, step: number): number {
  return Math.floor((mark - min) / step + 0.5 + 1e-9);
}

function inRange(mark: number, min: number, max: number, step: number): number {
  const index = category(mark, min, step);
  if (index < 0 || index > category(max, min, step)) throw new RangeError(`The mark ${mark} is outside ${min}..${max}`);
  return index;
}
