// Remaining-time estimate of an import's long phase (reading, analysing and staging the audio). The first
// estimate used to extrapolate the whole elapsed time, opening the archive and parsing the transcripts
// included, from the share of audio done — so it started at 4× the truth. This one measures the rate only
// from the first progress report of the phase on, gives no estimate before `minShare` of the work is done
// (the UI says it is still estimating) and then uses the average rate since that start, which a slow
// first batch (cold JIT, first IndexedDB transaction) skews less with every batch.

export const MIN_SHARE = 0.1;

export interface RemainingTimeEstimator {
  /**
   * @param share 0..1 of the phase's work done
   * @param atMs a monotonic clock in ms
   * @returns milliseconds left, or undefined while it cannot be estimated honestly
   */
  update(share: number, atMs: number): number | undefined;
}

export function remainingTimeEstimator(minShare = MIN_SHARE): RemainingTimeEstimator {
  let start: { share: number; at: number } | undefined;
  return {
    update(share, atMs) {
      if (!Number.isFinite(share) || !Number.isFinite(atMs)) return undefined;
      if (!start) {
        start = { share, at: atMs };
        return undefined;
      }
      const progressed = share - start.share;
      const took = atMs - start.at;
      if (share < minShare || progressed <= 0 || took <= 0) return undefined;
      if (share >= 1) return 0;
      return Math.round(((1 - share) * took) / progressed);
    },
  };
}
