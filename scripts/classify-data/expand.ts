// A tiny, seeded template expander for the hand-written training corpora: "(mach|schalte) <light>
// <inroom> (an|ein)" → concrete sentences. Alternatives in (a|b|) (empty = optional), slots in <name>.
// Sampling instead of full cross products keeps every template's share of the corpus bounded.

import type { Category } from '../../shared/model';

export type Slots = Record<string, readonly string[]>;
export interface TemplateGroup {
  category: Category;
  templates: readonly string[];
  /** Sentences sampled per template (default 12). */
  perTemplate?: number;
}

/** Mulberry32: small, seedable, deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random expansion of a template; alternatives may nest and may contain slots. */
function expandOnce(template: string, slots: Slots, random: () => number, depth = 0): string {
  if (depth > 6) throw new Error(`template nests too deep: ${template}`);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '(') {
      let level = 1;
      let j = i + 1;
      const parts: string[] = [];
      let start = j;
      for (; j < template.length && level > 0; j++) {
        const c = template[j];
        if (c === '(') level++;
        else if (c === ')') level--;
        if ((c === '|' && level === 1) || level === 0) {
          parts.push(template.slice(start, j));
          start = j + 1;
        }
      }
      const pick = parts[Math.floor(random() * parts.length)] ?? '';
      out += expandOnce(pick, slots, random, depth + 1);
      i = j;
    } else if (ch === '<') {
      const end = template.indexOf('>', i);
      const name = template.slice(i + 1, end);
      const values = slots[name];
      if (!values) throw new Error(`unknown slot <${name}> in: ${template}`);
      out += expandOnce(values[Math.floor(random() * values.length)]!, slots, random, depth + 1);
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export function expandGroups(
  groups: readonly TemplateGroup[],
  slots: Slots,
  seed: number,
): { text: string; category: Category }[] {
  const random = rng(seed);
  const out: { text: string; category: Category }[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const per = group.perTemplate ?? 12;
    for (const template of group.templates) {
      // Several tries per wanted sentence: small templates simply yield fewer distinct sentences.
      for (let n = 0, tries = 0; n < per && tries < per * 4; tries++) {
        const text = expandOnce(template, slots, random).replace(/\s+/g, ' ').trim();
        const key = `${group.category}\u0000${text.toLowerCase()}`;
        if (!text || seen.has(key)) continue;
        seen.add(key);
        out.push({ text, category: group.category });
        n++;
      }
    }
  }
  return out;
}
