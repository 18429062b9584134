// Remaining-time estimate of an import's long phase (reading, analysing and staging the audio). The first
// estimate used to extrapolate the whole elapsed time, opening the archive and parsing the transcripts
// included, from the share of audio done — so it started at 4× the truth. This one measures the rate only
// from the start of the phase (the first report), from the end of its first batch once there is a second,
// gives no estimate before `minShare` of the work is done (the UI says it is still estimating) and then uses
// the average rate since then, which a slow batch skews less with every batch.

export const MIN_SHARE = 0.1;

/**
 * What an import spends after its audio phase, per millisecond its batches spent writing rows: the commit
 * writes every staged capture and peaks row once more, into the library tables, so it scales with the time
 * staging spent writing those rows, not with the reading and analysing that dominate the phase. The audio is
 * written only once, while staging (docs/architecture.md, "Staging and commit"), so the time spent writing it
 * is left out (see `rowWriteShare`). Since the recordings are analysed by a worker pool while staging writes,
 * those writes share the cores with the analysis, and the commit — which runs alone — took only 0.50–0.61 ×
 * their row-write time on the idle bench machine. Since the commit also computes the library pass over the run
 * (groups, voices, foreign scores) and writes each capture with its results, it takes 0.57–0.78 × (bench/
 * HISTORY.md #67).
 */
export const COMMIT_PER_WRITE_MS = 0.7;

/**
 * What writing one row (a capture, a peaks row) costs while staging, in bytes of audio written in the same
 * time. Fitted on the bench's household runs (bench/HISTORY.md): 8,000 captures and 2,000 recordings of 307
 * MB. A stored recording is written as a slice of the chosen file, which the browser copies without the bytes
 * passing through the import worker again (docs/architecture.md, "Import"), so its bytes cost less than when
 * each was sent back as a new Blob (16,000 then): with 40,000 the commit again takes about
 * COMMIT_PER_WRITE_MS × the rows' write time.
 */
export const ROW_COST_BYTES = 40_000;

/** Of a batch's write time, the share spent on its rows (which the commit writes again) rather than audio. */
export function rowWriteShare(rows: number, audioBytes: number): number {
  const rowCost = rows * ROW_COST_BYTES;
  return rowCost + audioBytes > 0 ? rowCost / (rowCost + audioBytes) : 0;
}

export interface RemainingTimeEstimator {
  /**
   * @param share 0..1 of the phase's work done
   * @param atMs a monotonic clock in ms
   * @param writtenMs of the time since the phase started, how much went to writing what the work after the phase
   *   writes again (see `afterWrite`)
   * @returns milliseconds left, or undefined while it cannot be estimated honestly
   */
  update(share: number, atMs: number, writtenMs?: number): number | undefined;
}

/**
 * @param options.minShare no estimate before this share of the work is done
 * @param options.tail work after the phase, as a share of the phase's whole duration
 * @param options.afterWrite work after the phase per ms the whole phase will have spent writing (projected from
 *   `writtenMs` at the share done; see COMMIT_PER_WRITE_MS)
 */
export function remainingTimeEstimator(
  options: { minShare?: number; tail?: number; afterWrite?: number } = {},
): RemainingTimeEstimator {
  const { minShare = MIN_SHARE, tail = 0, afterWrite = 0 } = options;
  const points: { share: number; at: number }[] = [];
  return {
    update(share, atMs, writtenMs = 0) {
      if (!Number.isFinite(share) || !Number.isFinite(atMs)) return undefined;
      if (points.length < 2) points.push({ share, at: atMs });
      if (points.length === 1) return undefined;
      // The first batch pays for warming up (JIT, first transaction) — up to 5× a later one; once a second
      // batch is done the rate is measured from the end of the first.
      const base = share > points[1]!.share ? points[1]! : points[0]!;
      const progressed = share - base.share;
      const took = atMs - base.at;
      if (share < minShare || progressed <= 0 || took <= 0) return undefined;
      const phaseLeft = share >= 1 ? 0 : ((1 - share) * took) / progressed;
      const phaseTotal = atMs - points[0]!.at + phaseLeft;
      const writeTotal = Number.isFinite(writtenMs) && writtenMs > 0 ? writtenMs / share : 0;
      return Math.round(phaseLeft + tail * phaseTotal + afterWrite * writeTotal);
    },
  };
}
