// The sentence encoder's experts as shipped: assets/classifier/encoder.json (settings, shapes, the n-gram model
// they were trained beside) and encoder.bin (the numbers, little-endian, in the order `SECTIONS` lists). Written
// by `npm run train`, read by the classification worker and the CLI; a file that does not match its header
// is refused whole rather than half-read.

import { z } from 'zod';
import { HEAD_CATEGORIES, type EncoderHead, type MixSettings, type Neighbours } from './encoder-head';

export const ENCODER_FORMAT = 'earshot-encoder-experts/1';

const headerSchema = z.object({
  format: z.literal(ENCODER_FORMAT),
  /** The n-gram model's version these experts were trained beside: mixing them with another is refused. */
  ngramVersion: z.string(),
  dim: z.number().int().positive(),
  hidden: z.number().int().positive(),
  outputs: z.number().int().positive(),
  neighbours: z.number().int().positive(),
  mix: z.object({
    alpha: z.number(),
    beta: z.number(),
    gate: z.number(),
    k: z.number().int().positive(),
    temp: z.number(),
  }),
  /** Each output's category id, for reading; the binary holds their indices. */
  outputCategories: z.array(z.enum(HEAD_CATEGORIES as [string, ...string[]])),
});
export type EncoderHeader = z.infer<typeof headerSchema>;

export interface EncoderExperts {
  ngramVersion: string;
  head: EncoderHead;
  neighbours: Neighbours;
  mix: MixSettings;
}

/** Byte sizes of the binary's sections, in order. */
function sections(h: Pick<EncoderHeader, 'dim' | 'hidden' | 'outputs' | 'neighbours'>): number[] {
  return [
    h.hidden * h.dim * 4, // w1 float32
    h.hidden * 4, // b1
    h.outputs * h.hidden * 4, // w2
    h.outputs * 4, // b2
    h.neighbours * h.dim * 2, // neighbour rows float16
    h.neighbours, // neighbour categories uint8
  ];
}

export function writeEncoderExperts(e: EncoderExperts): { header: EncoderHeader; binary: Uint8Array } {
  const header: EncoderHeader = {
    format: ENCODER_FORMAT,
    ngramVersion: e.ngramVersion,
    dim: e.head.dim,
    hidden: e.head.hidden,
    outputs: e.head.outputs,
    neighbours: e.neighbours.categories.length,
    mix: e.mix,
    outputCategories: [...e.head.categoryOf].map((c) => HEAD_CATEGORIES[c]!),
  };
  const parts = [e.head.w1, e.head.b1, e.head.w2, e.head.b2, e.neighbours.rows, e.neighbours.categories];
  const sizes = sections(header);
  const binary = new Uint8Array(sizes.reduce((a, v) => a + v, 0));
  let at = 0;
  parts.forEach((part, i) => {
    if (part.byteLength !== sizes[i]) throw new Error(`encoder experts: section ${i} has ${part.byteLength} bytes`);
    binary.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  });
  return { header, binary };
}

export function readEncoderExperts(headerJson: unknown, binary: ArrayBuffer): EncoderExperts {
  const header = headerSchema.parse(headerJson);
  const sizes = sections(header);
  const total = sizes.reduce((a, v) => a + v, 0);
  if (binary.byteLength !== total)
    throw new Error(`encoder experts: the binary has ${binary.byteLength} bytes, its header describes ${total}`);
  if (header.outputCategories.length !== header.outputs) throw new Error('encoder experts: outputs do not match');
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((a, v) => a + v, 0));
  // Copies, so each array is aligned whatever the section before it holds.
  const f32 = (i: number): Float32Array => new Float32Array(binary.slice(offsets[i]!, offsets[i]! + sizes[i]!));
  return {
    ngramVersion: header.ngramVersion,
    head: {
      dim: header.dim,
      hidden: header.hidden,
      outputs: header.outputs,
      w1: f32(0),
      b1: f32(1),
      w2: f32(2),
      b2: f32(3),
      categoryOf: Uint8Array.from(header.outputCategories, (c) =>
        HEAD_CATEGORIES.indexOf(c as (typeof HEAD_CATEGORIES)[number]),
      ),
    },
    neighbours: {
      dim: header.dim,
      rows: new Uint16Array(binary.slice(offsets[4]!, offsets[4]! + sizes[4]!)),
      categories: new Uint8Array(binary.slice(offsets[5]!, offsets[5]! + sizes[5]!)),
    },
    mix: header.mix,
  };
}
