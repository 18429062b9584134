// Types of the audio core: what sniffing, decoding and analysis hand to importers, workers and the UI.
// Pure data, no behaviour, so the renderer, workers and the CLI can share them without pulling in decoders.

export type AudioFormat = 'wav' | 'mp3' | 'ogg' | 'unknown';

/** Header-only facts, cheap enough to compute for every file of an archive. */
export interface AudioProbe {
  format: AudioFormat;
  sampleRate?: number;
  channels?: number;
  durationMs?: number;
  /** Set when the header claims more bytes than the file holds; durationMs is then clamped to what is present. */
  truncated?: boolean;
  /** Sample bit depth (WAV) or MPEG layer bitrate in kbit/s (MP3) — informative only. */
  bitsPerSample?: number;
  bitrateKbps?: number;
}

/** Decoded audio: mono PCM in [-1, 1]. */
export interface DecodedAudio {
  sampleRate: number;
  samples: Float32Array;
  durationMs: number;
}

export interface AudioFeatures {
  /** RMS level in dBFS of the voiced frames (all frames when nothing is voiced). */
  loudnessDb: number;
  /** Sample peak in dBFS. */
  peakDb: number;
  /** 0..1: share of frames the energy + zero-crossing VAD counts as speech. */
  speechShare: number;
  /** Median fundamental frequency of voiced frames, null when no frame has a clear pitch. */
  pitchHz: number | null;
  /** Gain that brings the clip to about -20 dBFS, clamped to ±20 dB, for loudness-normalised playback. */
  gainDb: number;
}

export interface AudioAnalysis {
  /** Interleaved min,max per bucket (≤ 1000 buckets), scaled to ±127. */
  peaks: Int8Array;
  durationMs: number;
  features: AudioFeatures;
  /** Speaker embedding, L2-normalised: compare with cosine similarity (dot product). Empty when no speech. */
  embedding: Float32Array;
}

/** Decoding refuses longer audio: voice captures are seconds long, anything longer is not a capture. */
export const MAX_AUDIO_MS = 10 * 60 * 1000;
