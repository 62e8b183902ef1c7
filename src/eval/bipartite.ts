// Maximum one-to-one matching between gold items and predicted items (Kuhn's augmenting paths), so
// each gold item is matched at most once and as many items as possible are matched.

/**
 * `candidates[g]` lists the predicted indices gold item `g` may match, best first.
 * Returns `goldToPred[g]` = the matched predicted index or -1.
 */
export function maximumMatching(candidates: readonly number[][], predCount: number): number[] {
  const predToGold = new Array<number>(predCount).fill(-1);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const p of candidates[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = true;
      const holder = predToGold[p] ?? -1;
      if (holder === -1 || tryAssign(holder, seen)) {
        predToGold[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < candidates.length; g++) tryAssign(g, new Array<boolean>(predCount).fill(false));
  const goldToPred = new Array<number>(candidates.length).fill(-1);
  predToGold.forEach((g, p) => {
    if (g !== -1) goldToPred[g] = p;
  });
  return goldToPred;
}
