// Voices from real espeak-ng speech: a household of three (one a child) forms three clusters, the child's is
// marked; ids are stable; personsInfo names label and separate clusters; merge, split and assign behave.

import { describe, expect, it } from 'vitest';
import { assignVoice, clusterVoices, type VoiceItem } from '../../../shared/voices/cluster';
import { mergeVoices, renameVoice, splitVoice } from '../../../shared/voices/edit';
import { hasSpeechTools } from '../audio/espeak';
import { generateHousehold } from '../foreign/household';

const speech = hasSpeechTools();

describe.skipIf(!speech)('voices of a household', () => {
  it('three people (one a child) form three pure clusters; only the child cluster is a child', async () => {
    for (const seed of [1, 2]) {
      const h = await generateHousehold('no-strangers', seed);
      const { voices } = h.clustering;
      expect(voices).toHaveLength(3);
      for (const v of voices) {
        const people = new Set(h.captures.filter((c) => c.voiceId === v.id).map((c) => c.person));
        expect(people.size).toBe(1);
        expect(v.child).toBe(people.has('Mia'));
        expect(v.sampleIds.length).toBe(3);
      }
    }
  });

  it('gives the same ids when run again on the same captures in another order', async () => {
    const h = await generateHousehold('no-strangers', 3);
    const items: VoiceItem[] = h.captures.map((c) => ({ id: c.id, embedding: c.embedding!, pitchHz: c.pitchHz }));
    const again = clusterVoices([...items].reverse());
    expect(again.voices.map((v) => v.id).sort()).toEqual(h.clustering.voices.map((v) => v.id).sort());
  });

  it('labels clusters with personsInfo names and never merges two named people', async () => {
    const h = await generateHousehold('no-strangers', 1);
    const items: VoiceItem[] = h.captures.map((c, i) => ({
      id: c.id,
      embedding: c.embedding!,
      // Alexa names only some captures: every third one.
      ...(i % 3 === 0 && c.person !== 'Mia' ? { personName: c.person } : {}),
    }));
    const { voices } = clusterVoices(items);
    expect(
      voices
        .map((v) => v.name)
        .filter(Boolean)
        .sort(),
    ).toEqual(['Anna', 'Tom']);
  });

  it('assigns a new capture to its speaker and refuses a stranger', async () => {
    const h = await generateHousehold('stranger-account', 4);
    const household = h.captures.filter((c) => c.truth === 'household');
    const clustering = clusterVoices(household.slice(1).map((c) => ({ id: c.id, embedding: c.embedding! })));
    const hit = assignVoice(household[0]!.embedding!, clustering.voices);
    const sameAs = clustering.voiceOf.get(
      household.find((c) => c !== household[0] && c.person === household[0]!.person)!.id,
    );
    expect(hit?.voiceId).toBe(sameAs);
    const strangers = h.captures.filter((c) => c.truth === 'stranger');
    const accepted = strangers.filter((c) => assignVoice(c.embedding!, clustering.voices) !== null);
    expect(accepted.length).toBeLessThanOrEqual(1);
  });

  it('merges two voices into one and splits a mixed voice back', async () => {
    const h = await generateHousehold('no-strangers', 1);
    const items: VoiceItem[] = h.captures.map((c) => ({ id: c.id, embedding: c.embedding!, pitchHz: c.pitchHz }));
    const [a, b] = h.clustering.voices;
    const named = renameVoice(h.clustering, a!.id, 'Anna');
    const merged = mergeVoices(named, a!.id, b!.id);
    expect(merged.voices).toHaveLength(2);
    const kept = merged.voices.find((v) => v.id === a!.id)!;
    expect(kept.size).toBe(a!.size + b!.size);
    expect(kept.name).toBe('Anna');
    expect([...merged.voiceOf.values()].filter((v) => v === a!.id)).toHaveLength(a!.size + b!.size);

    const split = splitVoice(merged, a!.id, items);
    expect(split.voices).toHaveLength(3);
    const restored = new Set(
      h.clustering.voices.map((v) =>
        [...h.clustering.voiceOf]
          .filter(([, x]) => x === v.id)
          .map(([id]) => id)
          .sort()
          .join(),
      ),
    );
    for (const v of split.voices) {
      const members = [...split.voiceOf]
        .filter(([, x]) => x === v.id)
        .map(([id]) => id)
        .sort()
        .join();
      expect(restored.has(members)).toBe(true);
    }
  });
});

describe('clustering without audio tools', () => {
  it('ignores items without an embedding and handles one item', () => {
    const r = clusterVoices([
      { id: 'a', embedding: [1, 0, 0] },
      { id: 'b', embedding: [] },
    ]);
    expect(r.voices).toHaveLength(1);
    expect(r.voiceOf.has('b')).toBe(false);
    expect(assignVoice([], r.voices)).toBeNull();
  });
});
