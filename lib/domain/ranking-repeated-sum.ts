/**
 * Exact floating-point sums of sorted values that repeat, for leaving a juror out of the pooled mean and spread.
 * Pure: no database, no framework.
 *
 * The reference sums the pooled scores one by one in ascending order; sheet scores take few distinct values, so
 * the sorted pool is a few runs of equal values. Adding the same value again and again moves a sum by the same
 * rounded step for as long as the sum stays in one binade, so a run is added in a few steps with a result equal,
 * bit for bit, to adding its values one at a time.
 */

const bits = new DataView(new ArrayBuffer(8));

/** The smallest power of two above s (s positive and finite). */
function getBinadeLimit(s: number): number {
  // A normal s lies in [2^(e − 1023), 2^(e − 1022)) for its exponent bits e: the limit is the float with bits e + 1.
  bits.setFloat64(0, s);
  const exponent = bits.getUint16(0) >>> 4;
  if (exponent === 0) return getSubnormalLimit(s);
  bits.setUint32(0, (exponent + 1) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

function getSubnormalLimit(s: number): number {
  let limit = 2 ** (Math.floor(Math.log2(s)) + 1);
  while (limit <= s) limit *= 2;
  while (limit / 2 > s) limit /= 2;
  return limit;
}

/** `s + x + x + … (count times)`, rounded after every addition exactly as a loop would. */
export function addRepeated(start: number, x: number, count: number): number {
  let s = start;
  let left = count;
  while (left > 0) {
    if (!(x > 0) || !(s > 0) || !Number.isFinite(s + x)) {
      // Zero, negative or non-finite: no constant step to rely on, so one addition at a time.
      s += x;
      left -= 1;
      continue;
    }
    const next = s + x;
    const limit = getBinadeLimit(s);
    // Within s's binade every sum sits on one grid, so adding x moves it by the same rounded step (ties excepted).
    const step = next - s;
    const isTie = Math.abs(x - step) === limit / 2 ** 54;
    if (next >= limit || isTie) {
      s = next;
      left -= 1;
      continue;
    }
    if (step === 0) return s;
    const steps = Math.min(left, Math.floor((limit - s) / step));
    s += steps * step;
    left -= steps;
  }
  return s;
}

/** Sorted values gathered into runs of equal values, with the count of each. */
export interface ValueRuns {
  values: Float64Array;
  counts: Int32Array;
}

/** Runs of equal values from values sorted ascending. */
export function getValueRuns(sorted: Float64Array): ValueRuns {
  const values: number[] = [];
  const counts: number[] = [];
  for (let index = 0; index < sorted.length; index += 1) {
    const value = sorted[index]!;
    if (values.length > 0 && Object.is(values[values.length - 1], value)) counts[counts.length - 1]! += 1;
    else {
      values.push(value);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(values), counts: Int32Array.from(counts) };
}

/**
 * Mean and population standard deviation of the runs with some values removed (`removed[k]` from run k), equal to
 * getMean and getStandardDeviation over the remaining values in ascending order; null when nothing is left.
 */
export function getRunStatistics(runs: ValueRuns, removed: Int32Array): { mean: number; standardDeviation: number } | null {
  let total = 0;
  let count = 0;
  for (let k = 0; k < runs.values.length; k += 1) {
    const left = runs.counts[k]! - removed[k]!;
    total = addRepeated(total, runs.values[k]!, left);
    count += left;
  }
  if (count === 0) return null;
  const mean = total / count;
  let squares = 0;
  for (let k = 0; k < runs.values.length; k += 1) squares = addRepeated(squares, (runs.values[k]! - mean) ** 2, runs.counts[k]! - removed[k]!);
  return { mean, standardDeviation: Math.sqrt(squares / count) };
}
