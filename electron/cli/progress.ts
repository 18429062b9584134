// Progress of `analyze` on stderr: a bar with counts and an estimated time left, redrawn in place at most
// ten times a second — only when stderr is a terminal. Piped or redirected, the CLI writes nothing but its
// result and errors, so scripts see clean output.

import type { IngestProgress } from '../../shared/pipeline/ingest';
import { remainingTimeEstimator, type RemainingTimeEstimator } from '../../shared/pipeline/estimate';

export interface CliProgress {
  import(progress: IngestProgress): void;
  audio(done: number, total: number): void;
  /**
   * Recordings the analysis threads have finished of all they read ahead (voice-pool.ts `prefetch`): the import
   * then reads on without waiting for them, so its own estimate says nothing about the analysis, and the ETA is
   * the longer of the two.
   */
  ahead(done: number, total: number): void;
  /** Clears the line (call once, when the analysis ends or fails). */
  done(): void;
}

export interface ProgressState {
  phase: IngestProgress['phase'] | 'analysing';
  done: number;
  total: number;
  audioDone: number;
  audioTotal: number;
  /** undefined while it cannot be estimated yet. */
  remainingMs?: number;
}

const PHASES: Record<ProgressState['phase'], string> = {
  reading: 'opening files',
  parsing: 'reading transcripts',
  audio: 'importing',
  committing: 'finishing import',
  analysing: 'analysing audio',
};

export function formatDurationShort(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function progressLine(state: ProgressState, width: number): string {
  const count = (n: number) => n.toLocaleString('en');
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
  const parts = [`${PHASES[state.phase]} ${count(state.done)}/${count(state.total)}`];
  if (state.audioTotal > 0 && state.phase !== 'analysing')
    parts.push(`audio ${count(state.audioDone)}/${count(state.audioTotal)}`);
  parts.push(state.remainingMs === undefined ? 'ETA estimating…' : `ETA ${formatDurationShort(state.remainingMs)}`);
  const text = parts.join(' · ');
  const barWidth = Math.max(10, Math.min(30, width - text.length - 4));
  const filled = Math.round(share * barWidth);
  return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${text}`.slice(0, Math.max(20, width - 1));
}

export function createProgress(
  stream: { isTTY?: boolean; columns?: number; write(text: string): unknown },
  now: () => number = () => performance.now(),
): CliProgress {
  if (!stream.isTTY)
    return { import: () => undefined, audio: () => undefined, ahead: () => undefined, done: () => undefined };
  const state: ProgressState = { phase: 'reading', done: 0, total: 0, audioDone: 0, audioTotal: 0 };
  // Started when the import is done: until then the number of recordings to analyse is still growing.
  let audioEstimate: RemainingTimeEstimator | undefined;
  let importDone = false;
  let importRemaining: number | undefined;
  let aheadEstimate: RemainingTimeEstimator | undefined;
  let aheadRemaining: number | undefined;
  /** The import's estimate, or the analysis's when it reads ahead: the longer, none while either has none. */
  const remaining = () => {
    if (!aheadEstimate) return importDone ? undefined : importRemaining;
    if (importDone) return aheadRemaining;
    return importRemaining === undefined || aheadRemaining === undefined
      ? undefined
      : Math.max(importRemaining, aheadRemaining);
  };
  let lastDraw = -Infinity;
  let shown = false;
  const draw = (force = false) => {
    if (!force && now() - lastDraw < 100) return;
    lastDraw = now();
    shown = true;
    stream.write(`\r\x1b[2K${progressLine(state, stream.columns ?? 80)}`);
  };
  return {
    import(p) {
      state.phase = p.phase;
      state.done = p.processed;
      state.total = p.captures;
      if (p.phase === 'committing') importDone = true;
      importRemaining = p.remainingMs;
      state.remainingMs = remaining();
      draw(p.phase !== 'audio');
    },
    audio(done, total) {
      state.audioDone = done;
      state.audioTotal = total;
      if (importDone) {
        audioEstimate ??= remainingTimeEstimator();
        const left = audioEstimate.update(done / Math.max(1, total), now());
        state.phase = 'analysing';
        state.done = done;
        state.total = total;
        state.remainingMs = aheadEstimate ? remaining() : left;
      }
      draw(done === total);
    },
    ahead(done, total) {
      aheadEstimate ??= remainingTimeEstimator();
      aheadRemaining = aheadEstimate.update(done / Math.max(1, total), now());
      state.remainingMs = remaining();
      draw();
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
