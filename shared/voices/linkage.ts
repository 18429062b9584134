// Average-linkage agglomerative clustering with the nearest-neighbour-chain algorithm: O(n²) time and
// one n×n matrix, so a few thousand captures cluster in well under a second. Hand-written because the
// npm clustering packages are O(n³) or unmaintained, and this is ~60 lines.

export interface Merge {
  a: number;
  b: number;
  height: number;
}

/** Every merge of the full dendrogram (n − 1 of them), in ascending height. `dist` is n×n, row-major. */
export function averageLinkage(dist: Float32Array, n: number): Merge[] {
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Nearest active neighbour of `top`; ties go to the previous chain element so the chain terminates.
    let best = previous;
    let bestD = previous >= 0 ? dist[top * n + previous]! : Infinity;
    for (let j = 0; j < n; j++) {
      if (!active[j] || j === top) continue;
      const d = dist[top * n + j]!;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    if (best === previous) {
      chain.pop();
      chain.pop();
      // Lance–Williams update for average linkage; the merged cluster lives on in the lower index.
      const [keep, gone] = top < best ? [top, best] : [best, top];
      const sk = size[keep]!;
      const sg = size[gone]!;
      for (let k = 0; k < n; k++) {
        if (!active[k] || k === keep || k === gone) continue;
        const d = (sk * dist[keep * n + k]! + sg * dist[gone * n + k]!) / (sk + sg);
        dist[keep * n + k] = d;
        dist[k * n + keep] = d;
      }
      active[gone] = 0;
      size[keep] = sk + sg;
      merges.push({ a: keep, b: gone, height: bestD });
      remaining--;
    } else {
      chain.push(best);
    }
  }
  return merges.sort((x, y) => x.height - y.height);
}

/** Cluster label per item after applying merges up to `threshold`, stopping early at `minClusters`. */
export function cutDendrogram(merges: readonly Merge[], n: number, threshold: number, minClusters = 1): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let clusters = n;
  for (const m of merges) {
    if (m.height > threshold || clusters <= minClusters) break;
    parent[find(m.b)] = find(m.a);
    clusters--;
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
