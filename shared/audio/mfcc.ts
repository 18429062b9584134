// MFCCs of one 512-sample frame, computed exactly as Meyda's `extract(['mfcc'])` does (Hann window, radix-2
// FFT, power spectrum, triangular mel bank, log(x + 1), DCT-II × 2) — same operations in the same order and
// the same float32 roundings, so every embedding stays bit-identical — but without Meyda's per-frame
// garbage: it allocates a 256-value array per mel band, builds complex numbers as objects and evaluates
// cos/sin for every butterfly. That made it ~60% of the voice analysis; this version is ~10× faster.
// test/unit/audio/mfcc.test.ts compares it to Meyda value by value.

export interface MfccExtractor {
  /** First `coefficients` MFCCs of `frame` (length = the frame size given to createMfcc). */
  extract(frame: Float32Array): Float64Array;
}

/** Meyda's defaults: 26 mel bands (or more when more coefficients are asked for), Hann window. */
export function createMfcc(sampleRate: number, frameSize: number, coefficients: number, melBands = 26): MfccExtractor {
  const logN = Math.log2(frameSize);
  if (!Number.isInteger(logN)) throw new Error('MFCC frame size must be a power of two');
  const half = frameSize / 2;
  const bands = Math.max(melBands, coefficients);
  const window = new Float32Array(frameSize);
  for (let i = 0; i < frameSize; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (frameSize - 1));
  const reversed = bitReversal(frameSize);
  // Twiddles per stage as Meyda's fft.js computes them (cos/sin of -2πk/N), in one flat table.
  const twRe: number[] = [];
  const twIm: number[] = [];
  for (let n = 1; n <= logN; n++) {
    const size = 2 ** n;
    for (let k = 0; k < size / 2; k++) {
      const x = (-2 * Math.PI * k) / size;
      twRe.push(Math.cos(x));
      twIm.push(Math.sin(x));
    }
  }
  const bank = sparseMelBank(bands, sampleRate, frameSize);
  const cos = dctTable(bands);
  const re = new Float64Array(frameSize);
  const im = new Float64Array(frameSize);
  const power = new Float32Array(half);
  const logMel = new Float32Array(bands);
  const out = new Float64Array(coefficients);
  const f32 = new Float32Array(1);

  return {
    extract(frame) {
      for (let i = 0; i < frameSize; i++) {
        re[reversed[i]!] = frame[i]! * window[i]!;
        im[reversed[i]!] = 0;
      }
      let tw = 0;
      for (let size = 2; size <= frameSize; size *= 2) {
        const h = size / 2;
        for (let k = 0; k < h; k++, tw++) {
          const wr = twRe[tw]!;
          const wi = twIm[tw]!;
          for (let even = k; even < frameSize; even += size) {
            const odd = even + h;
            const oRe = wr * re[odd]! - wi * im[odd]!;
            const oIm = wr * im[odd]! + wi * re[odd]!;
            const eRe = re[even]!;
            const eIm = im[even]!;
            re[odd] = eRe - oRe;
            im[odd] = eIm - oIm;
            re[even] = oRe + eRe;
            im[even] = oIm + eIm;
          }
        }
      }
      for (let i = 0; i < half; i++) {
        f32[0] = Math.sqrt(Math.pow(re[i]!, 2) + Math.pow(im[i]!, 2));
        power[i] = Math.pow(f32[0], 2);
      }
      for (let b = 0; b < bands; b++) {
        // Float32 accumulation, as Meyda sums into a Float32Array; bins outside the triangle add exact zeros.
        f32[0] = 0;
        const { from, weights } = bank[b]!;
        for (let j = 0; j < weights.length; j++) {
          const term = Math.fround(weights[j]! * power[from + j]!);
          f32[0] = f32[0] + term;
        }
        logMel[b] = Math.log(f32[0] + 1);
      }
      for (let c = 0; c < coefficients; c++) {
        let sum = 0;
        for (let n = 0; n < bands; n++) sum = sum + logMel[n]! * cos[n + c * bands]!;
        out[c] = 2 * sum;
      }
      return out;
    },
  };
}

function bitReversal(n: number): Int32Array {
  const bits = Math.log2(n);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) if (i & (1 << b)) r |= 1 << (bits - 1 - b);
    out[i] = r;
  }
  return out;
}

/** Meyda's createMelFilterBank, keeping only each triangle's non-zero span (bins below nyquist). */
function sparseMelBank(bands: number, sampleRate: number, frameSize: number): { from: number; weights: number[] }[] {
  const toMel = (hz: number) => 1125 * Math.log(1 + hz / 700);
  const toHz = (mel: number) => 700 * (Math.exp(mel / 1125) - 1);
  const melValues = new Float32Array(bands + 2);
  const hzValues = new Float32Array(bands + 2);
  const step = (toMel(sampleRate / 2) - toMel(0)) / (bands + 1);
  const bins: number[] = [];
  for (let i = 0; i < bands + 2; i++) {
    melValues[i] = i * step;
    hzValues[i] = toHz(melValues[i]!);
    bins.push(Math.floor(((frameSize + 1) * hzValues[i]!) / sampleRate));
  }
  const half = frameSize / 2;
  return Array.from({ length: bands }, (_, j) => {
    const full = new Array<number>(half + 1).fill(0);
    for (let i = bins[j]!; i < bins[j + 1]!; i++) full[i] = (i - bins[j]!) / (bins[j + 1]! - bins[j]!);
    for (let i = bins[j + 1]!; i < bins[j + 2]!; i++) full[i] = (bins[j + 2]! - i) / (bins[j + 2]! - bins[j + 1]!);
    // Meyda multiplies only the first frameSize/2 bins.
    const row = full.slice(0, half);
    let from = row.findIndex((w) => w !== 0);
    if (from < 0) from = 0;
    let to = row.length;
    while (to > from && row[to - 1] === 0) to--;
    return { from, weights: row.slice(from, to) };
  });
}

function dctTable(n: number): Float64Array {
  const table = new Float64Array(n * n);
  const piN = Math.PI / n;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) table[i + k * n] = Math.cos(piN * (i + 0.5) * k);
  return table;
}
