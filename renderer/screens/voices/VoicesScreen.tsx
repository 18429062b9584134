// Voices: the clusters of speaker embeddings the library pass found, largest first. The household names
// them, merges two that are one person, splits one that mixes two, listens to samples and jumps to the
// captures of a voice (the shared `voice` filter).

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLibraryVersion } from '../../library/LibraryProvider';
import { listVoices, mergeVoicesInto, nameVoice, splitVoiceInTwo } from '../../db/repos/voices';
import type { StoredVoice } from '../../db/records';
import { EMPTY_FILTERS, useFilters } from '../../library/FilterProvider';
import { filtersToParams } from '../../library/filters';
import { VoiceCard } from './VoiceCard';
import './voices.css';
import { StatusMessages } from '../../components/StatusMessages';

export function VoicesScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setFilters } = useFilters();
  const version = useLibraryVersion();
  const voices = useLiveQuery(listVoices, [version]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merge, setMerge] = useState<{ keep: string; gone: string } | null>(null);

  const labelOf = (v: StoredVoice, i: number) => v.name ?? t('voices.unnamed', { n: i + 1 });
  const labels = new Map((voices ?? []).map((v, i) => [v.id, labelOf(v, i)]));

  const run = (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    action().then(
      (done) => {
        setMessage(done);
        setBusy(false);
      },
      (e: unknown) => {
        setError((e as Error).message);
        setBusy(false);
      },
    );
  };

  const show = (id: string) => {
    const next = { ...EMPTY_FILTERS, voices: [id] };
    setFilters(next);
    navigate('clips', filtersToParams(next));
  };

  return (
    <section className="screen voices-screen" data-testid="voices-screen">
      <h1>{t('nav.voices')}</h1>
      <p className="muted">{t('voices.lead')}</p>
      <StatusMessages error={error} notice={message} noticeTestId="voices-message" />
      {voices && !voices.length ? <p className="muted">{t('voices.none')}</p> : null}
      <div className="voice-grid">
        {(voices ?? []).map((v) => (
          <VoiceCard
            key={`${v.id}-${v.named ? v.name : ''}`}
            voice={v}
            label={labels.get(v.id)!}
            busy={busy}
            others={(voices ?? []).filter((o) => o.id !== v.id).map((o) => ({ id: o.id, label: labels.get(o.id)! }))}
            onName={(name) => run(() => nameVoice(v.id, name).then(() => t('voices.saved', { name: name.trim() })))}
            onShow={() => show(v.id)}
            onMerge={(into) => setMerge({ keep: into, gone: v.id })}
            onSplit={() =>
              run(() =>
                splitVoiceInTwo(v.id).then((ids) =>
                  ids.length > 1 ? t('voices.splitDone') : t('voices.splitNothing'),
                ),
              )
            }
          />
        ))}
      </div>
      <ConfirmDialog
        open={merge !== null}
        title={t('voices.mergeTitle')}
        confirmLabel={t('voices.merge')}
        onCancel={() => setMerge(null)}
        onConfirm={() => {
          const m = merge!;
          setMerge(null);
          run(() => mergeVoicesInto(m.keep, m.gone).then(() => null));
        }}
      >
        {merge ? <p>{t('voices.mergeBody', { keep: labels.get(merge.keep), gone: labels.get(merge.gone) })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
