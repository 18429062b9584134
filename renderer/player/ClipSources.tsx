// The export records a capture was merged from ("Amazon-Archiv: Intent-2-1.csv Zeile 17 · Sprachverlauf:
// <utterance id>"), so the household sees that archive and voice history were counted once, and where.

import { useTranslation } from 'react-i18next';
import type { Capture, CaptureSourceRef } from '../../shared/model';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function useDetail() {
  const { t } = useTranslation();
  return (ref: CaptureSourceRef): string => {
    // A CSV row is found by its line; a voice-history record by its utterance id.
    if (ref.file && ref.line !== undefined && ref.source !== 'alexa-history')
      return t('clipSources.line', { file: fileName(ref.file), line: ref.line });
    return ref.recordId ?? (ref.file ? fileName(ref.file) : '');
  };
}

export function ClipSources({ clip }: { clip: Capture }) {
  const { t } = useTranslation();
  const detail = useDetail();
  const refs = clip.sources?.length ? clip.sources : [{ source: clip.source, recordId: clip.providerRecordId }];
  return (
    <>
      <dt>{t('clipSources.label')}</dt>
      <dd>
        <ul
          className="clip-sources"
          data-testid="clip-sources"
          aria-label={t('clipSources.merged', { count: refs.length })}
        >
          {refs.map((ref, i) => {
            const text = detail(ref);
            return (
              <li key={i} title={ref.file ?? ref.recordId}>
                <strong>{t(`clipSources.short.${ref.source}`)}</strong>
                {text ? `: ${text}` : null}
              </li>
            );
          })}
        </ul>
      </dd>
    </>
  );
}
