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
  const twRe = new Float64Array(frameSize - 1);
  const twIm = new Float64Array(frameSize - 1);
  for (let n = 1, tw = 0; n <= logN; n++) {
    const size = 2 ** n;
    for (let k = 0; k < size / 2; k++, tw++) {
      const x = (-2 * Math.PI * k) / size;
      twRe[tw] = Math.cos(x);
      twIm[tw] = Math.sin(x);
    }
  }
  // The bank's triangles in flat arrays: band b's weights are weights[bankFrom[b]..bankFrom[b + 1]), starting
  // at power bin bankStart[b].
  const bank = sparseMelBank(bands, sampleRate, frameSize);
  const bankStart = Int32Array.from(bank, (band) => band.from);
  const bankFrom = new Int32Array(bands + 1);
  bank.forEach((band, b) => (bankFrom[b + 1] = bankFrom[b]! + band.weights.length));
  const weights = Float64Array.from(bank.flatMap((band) => band.weights));
  const cos = dctTable(bands);
  const re = new Float64Array(frameSize);
  const im = new Float64Array(frameSize);
  const power = new Float32Array(half);
  const logMel = new Float32Array(bands);
  const out = new Float64Array(coefficients);

  return {
    extract(frame) {
      for (let i = 0; i < frameSize; i++) {
        const r = reversed[i]!;
        re[r] = frame[i]! * window[i]!;
        im[r] = 0;
      }
      // The first twiddle of every stage is (1, -0): its butterflies add and subtract without the products,
      // which give the same values (up to the sign of a zero, which the power spectrum squares away).
      for (let size = 2, tw = 0; size <= frameSize; size *= 2) {
        const h = size / 2;
        for (let even = 0; even < frameSize; even += size) {
          const odd = even + h;
          const oRe = re[odd]!;
          const oIm = im[odd]!;
          const eRe = re[even]!;
          const eIm = im[even]!;
          re[odd] = eRe - oRe;
          im[odd] = eIm - oIm;
          re[even] = oRe + eRe;
          im[even] = oIm + eIm;
        }
        for (let k = 1; k < h; k++) {
          const wr = twRe[tw + k]!;
          const wi = twIm[tw + k]!;
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
        tw += h;
      }
      // Math.fround is the float32 store and read back Meyda's arrays do; x * x is Math.pow(x, 2) exactly.
      for (let i = 0; i < half; i++) {
        const r = re[i]!;
        const m = im[i]!;
        const magnitude = Math.fround(Math.sqrt(r * r + m * m));
        power[i] = magnitude * magnitude;
      }
      for (let b = 0; b < bands; b++) {
        // Float32 accumulation, as Meyda sums into a Float32Array; bins outside the triangle add exact zeros.
        let sum = 0;
        const from = bankFrom[b]!;
        const to = bankFrom[b + 1]!;
        for (let j = bankStart[b]!, at = from; at < to; j++, at++)
          sum = Math.fround(sum + Math.fround(weights[at]! * power[j]!));
        logMel[b] = Math.log(sum + 1);
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
