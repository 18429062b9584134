// The encoder's tokenizer must cut text exactly as the reference does, or the vectors are not the published
// ones: the most probable segmentation, ties to the later candidate, unknown characters as one piece each and
// runs of them collapsed.

import { describe, expect, it } from 'vitest';
import { SentencePieces, type VocabularyEntry } from '../../../shared/classify/sentence-pieces';

const RESERVED: VocabularyEntry[] = [
  ['\uFFFD', 0],
  ['<s>', 0],
  ['</s>', 0],
  ['extra_token_id_1', 0],
  ['extra_token_id_2', 0],
  ['extra_token_id_3', 0],
];
const vocabulary: VocabularyEntry[] = [
  ...RESERVED,
  ['\u2581turn', -3], // 6
  ['\u2581on', -2], // 7
  ['\u2581the', -1.5], // 8
  ['\u2581light', -4], // 9
  ['s', -2.5], // 10
  ['\u2581lights', -9], // 11: less probable than "▁light" + "s" (−6.5)
  ['\u2581', -5], // 12
  ['t', -6], // 13
  ['u', -6], // 14
  ['r', -6], // 15
  ['n', -6], // 16
];

describe('sentence pieces', () => {
  const pieces = new SentencePieces(vocabulary);

  it('cuts a sentence along its most probable pieces', () => {
    expect(pieces.encode('turn on the lights')).toEqual([6, 7, 8, 9, 10]);
  });

  it('marks word starts with ▁ after NFKC normalisation (full-width letters become ASCII)', () => {
    expect(pieces.encode('ｔｕｒｎ')).toEqual([6]);
    expect(pieces.encode('')).toEqual([]);
  });

  it('falls back to single characters and collapses runs of unknown ones into one unknown piece', () => {
    expect(pieces.encode('turn äää on')).toEqual([6, 12, 0, 7]);
    expect(pieces.encode('ä')).toEqual([12, 0]);
  });

  it('prefers the piece found later when two segmentations score the same', () => {
    const tie = new SentencePieces([...RESERVED, ['\u2581ab', -2], ['\u2581a', -1], ['b', -1], ['a', -5]]);
    // "▁ab" (−2) and "▁a" + "b" (−2) tie; the reference keeps the candidate it meets last, "b" after "▁a".
    expect(tie.encode('ab')).toEqual([7, 8]);
  });
});
