/**
 * Edit distance counting a swap of two adjacent letters as one edit (optimal string alignment):
 * "schloz"~"scholz" 1, "donlad"~"donald" 1. Answers above `max` come back as max + 1.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Name tokens are short words: one 32-bit word of bits per column, no table to fill.
  return a.length <= 32 ? bitParallelDistance(a, b, max) : tableDistance(a, b, max);
}

/**
 * Per UTF-16 code unit, the positions of `a` where it occurs; cleared after each call. One slot per
 * code unit (256 kB, of which words touch a few): no check per call that both words are ASCII.
 */
const PEQ = new Int32Array(0x10000);

/**
 * Hyyrö's bit-parallel OSA distance (2003; the form RapidFuzz uses): the column of the DP table as
 * vertical +1/-1 delta bit vectors, updated with a few word operations per character of `b`.
 * JS bit operators work on 32 bits (the wrap-around addition included), so `a` has at most 32 letters.
 */
function bitParallelDistance(a: string, b: string, max: number): number {
  for (let i = 0; i < a.length; i++) PEQ[a.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (a.length - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let previousEq = 0;
  let distance = a.length;
  for (let j = 0; j < b.length; j++) {
    const eq = PEQ[b.charCodeAt(j)]!;
    const transposed = ((~d0 & eq) << 1) & previousEq;
    d0 = ((((eq & vp) + vp) ^ vp) | eq | vn | transposed);
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if (hp & last) distance++;
    else if (hn & last) distance--;
    // The last row can fall by at most one per remaining character: past `max` for good.
    if (distance - (b.length - j - 1) > max) break;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previousEq = eq;
  }
  for (let i = 0; i < a.length; i++) PEQ[a.charCodeAt(i)] = 0;
  return distance > max ? max + 1 : distance;
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** The same distance by the DP table, three reused rows: for words longer than 32 letters. */
function tableDistance(a: string, b: string, max: number): number {
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let [older, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, older[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell is at least this row's minimum (less one for a swap): stop once past max.
    if (rowMin > max + 1) return max + 1;
    [older, prev, cur] = [prev, cur, older];
  }
  const distance = prev[b.length]!;
  return distance > max ? max + 1 : distance;
}
