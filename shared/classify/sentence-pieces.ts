// The Universal Sentence Encoder lite's tokenizer: a SentencePiece unigram vocabulary (piece, log-probability)
// searched with a trie and segmented by the most probable path. The encoder's vectors are only the published
// ones if every sentence is cut into exactly the pieces its reference tokenizer (TensorFlow.js models,
// Apache-2.0) cuts it into, so this follows that code step for step, ties and all: the best path to a position
// is replaced on an equal score (`>=`), a position reached by nothing but unknown characters keeps score 0, and
// runs of the unknown piece (id 0) collapse to one. The packages that ship this tokenizer either pin an older
// TensorFlow.js or bundle a Node build of it with a fetch polyfill, neither of which belongs in the app's worker.

/** One vocabulary entry as the model's vocab.json lists it: the piece and its log-probability. */
export type VocabularyEntry = readonly [piece: string, score: number];

/** The first ids are control symbols (unknown, padding, …) that never match text. */
const RESERVED = 6;
const WORD_START = '\u2581';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set where a piece ends here. */
  piece?: { length: number; score: number; id: number };
}

const newNode = (): TrieNode => ({ children: new Map() });

export class SentencePieces {
  private readonly root = newNode();

  constructor(private readonly vocabulary: readonly VocabularyEntry[]) {
    for (let id = RESERVED; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id]!;
      const symbols = [...piece];
      let node = this.root;
      for (const symbol of symbols) {
        let next = node.children.get(symbol);
        if (!next) node.children.set(symbol, (next = newNode()));
        node = next;
      }
      node.piece = { length: symbols.length, score, id };
    }
  }

  /** The piece ids of one text, in order. */
  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    if (!normalized) return [];
    const symbols = [...(WORD_START + normalized.replace(/ /g, WORD_START))];
    const n = symbols.length;
    // ends[e] lists the pieces ending at e, by start position in ascending order (the reference walks an
    // object keyed by start, i.e. ascending integer keys).
    const ends: { start: number; score: number; id: number; length: number }[][] = Array.from(
      { length: n + 1 },
      () => [],
    );
    for (let i = 0; i < n; i++) {
      let node = this.root.children.get(symbols[i]!);
      let matched = false;
      for (let j = i; j < n && node; j++) {
        if (node.piece) {
          ends[i + node.piece.length]!.push({ start: i, ...node.piece });
          matched = true;
        }
        node = j + 1 < n ? node.children.get(symbols[j + 1]!) : undefined;
      }
      // No piece starts with this character: the unknown piece covers it alone, with score 0.
      if (!matched) ends[i + 1]!.push({ start: i, score: 0, id: 0, length: 1 });
    }
    for (const list of ends) list.sort((a, b) => a.start - b.start);
    const best = new Float64Array(n + 1);
    const word = new Int32Array(n + 1);
    for (let end = 0; end <= n; end++)
      for (const candidate of ends[end]!) {
        const score = candidate.score + best[end - candidate.length]!;
        if (best[end] === 0 || score >= best[end]!) {
          best[end] = score;
          word[end] = candidate.id;
        }
      }
    const backwards: number[] = [];
    for (let at = n; at > 0;) {
      const id = word[at]!;
      backwards.push(id);
      // The reference steps back by the piece's length in UTF-16 units (for the unknown piece, its name's).
      at -= this.vocabulary[id]![0].length;
    }
    const ids: number[] = [];
    let previousUnknown = false;
    for (const id of backwards) {
      if (!(previousUnknown && id === 0)) ids.push(id);
      previousUnknown = id === 0;
    }
    return ids.reverse();
  }
}
