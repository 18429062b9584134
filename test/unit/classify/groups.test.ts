// Command groups: near-duplicates join, different commands stay apart, labels and ids are stable.

import { describe, expect, it } from 'vitest';
import { groupCommands } from '../../../shared/classify';

const items = (texts: string[]) => texts.map((transcript, i) => ({ id: `c${i}`, transcript }));

describe('groupCommands', () => {
  it('puts "wie wird das Wetter" variants in one group named by the most common phrasing', () => {
    const { groups, groupOf } = groupCommands(
      items([
        'Alexa, wie wird das Wetter?',
        'wie wird das Wetter',
        'wie wird das Wetter',
        'wie wird das wetter heute',
        'alexa wie wird das wetter bitte',
        'Wie wird das Wetter?',
        'wie wird das Wetter',
        'Licht an',
        'licht aus',
        'Licht an',
      ]),
    );
    const weather = groups.find((g) => g.label === 'wie wird das Wetter');
    expect(weather).toMatchObject({ count: 7 });
    expect(groups[0]).toBe(weather); // largest first
    expect(groupOf.get('c0')).toBe(weather!.id);
    expect(groupOf.get('c3')).toBe(weather!.id);
    // "an" and "aus" are different commands even though they look alike.
    expect(groupOf.get('c7')).toBe(groupOf.get('c9'));
    expect(groupOf.get('c7')).not.toBe(groupOf.get('c8'));
    expect(groups).toHaveLength(3);
  });

  it('keeps unrelated commands apart and skips captures without a transcript', () => {
    const { groups, groupOf } = groupCommands([
      { id: 'a', transcript: 'spiel musik von adele' },
      { id: 'b', transcript: 'wie spät ist es' },
      { id: 'c' },
      { id: 'd', transcript: 'Alexa' },
    ]);
    expect(groups.map((g) => g.count)).toEqual([1, 1]);
    expect(groupOf.has('c')).toBe(false);
    expect(groupOf.has('d')).toBe(false);
  });

  it('gives the same group id for the same command across runs, and the majority category', () => {
    const first = groupCommands([{ id: 'x', transcript: 'wie spät ist es', category: 'knowledge' }]);
    const second = groupCommands([
      { id: 'y', transcript: 'Wie spät ist es?', category: 'knowledge' },
      { id: 'z', transcript: 'wie spät ist es', category: 'unclear' },
    ]);
    expect(second.groups[0]!.id).toBe(first.groups[0]!.id);
    expect(second.groups[0]!.category).toBe('knowledge');
  });

  // Its speed at 100,000 transcripts is measured by `npm run bench`; a test needs only enough distinct texts
  // for many groups (20,000 take a few seconds, 100,000 took up to 30 s on a busy CI machine).
  it('groups 20k transcripts, each into exactly one group', () => {
    const verbs = ['spiel', 'schalte', 'stell', 'zeig', 'mach', 'play', 'turn', 'set', 'show', 'add'];
    const objects = ['musik', 'licht', 'timer', 'wetter', 'liste', 'radio', 'lights', 'alarm', 'news', 'milk'];
    const places = ['küche', 'bad', 'flur', 'kitchen', 'office', 'garden', 'keller', 'büro', 'garage', 'attic'];
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: String(i),
      transcript: `${verbs[i % 10]} ${objects[Math.floor(i / 10) % 10]} ${places[Math.floor(i / 100) % 10]} ${i % 7 === 0 ? 'bitte' : ''} nummer ${Math.floor(i / 1000)}`,
    }));
    const { groups, groupOf } = groupCommands(many);
    expect(groupOf.size).toBe(20_000);
    expect(groups.length).toBeGreaterThan(100);
    const ids = new Set(groups.map((g) => g.id));
    expect([...groupOf.values()].every((id) => ids.has(id))).toBe(true);
  });
});
