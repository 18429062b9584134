// The provider's own understanding of a capture ("Amazon: Music / PlayMusicIntent") and the turns of its
// dialogue: a follow-up ("ja", a title) means nothing alone, so the panel shows it with the turn it answers,
// each turn opening on click.

import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Capture, ProviderIntent } from '../../shared/model';
import { usePreferences } from '../app/preferences';
import { getDialogue } from '../db/repos/dialogue';
import { formatTime } from '../format/time';
import { useLibrary } from '../library/LibraryProvider';
import { useOpenClip } from './OpenClipProvider';

/** "Music / PlayMusicIntent" — Amazon's names as the export writes them, never translated. */
export function providerIntentName(intent: ProviderIntent): string {
  return [intent.domain, intent.intent].filter((part) => part?.trim()).join(' / ');
}

const quote = (text: string, language: string) => (language === 'de' ? `„${text}“` : `“${text}”`);

export function ClipProviderIntent({ clip }: { clip: Capture }) {
  const { t } = useTranslation();
  if (!clip.providerIntent?.domain) return null;
  return (
    <>
      <dt>{t('clipIntent.label')}</dt>
      <dd data-testid="clip-provider-intent">
        {t(`clipIntent.${clip.providerIntent.provider}`, { name: providerIntentName(clip.providerIntent) })}
      </dd>
    </>
  );
}

export function ClipDialogue({ clip }: { clip: Capture }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { columns } = useLibrary();
  const { open } = useOpenClip();
  const turns = useLiveQuery(() => getDialogue(clip), [clip.id, clip.ts, clip.deviceId, clip.dialogueOf]);
  if (!turns?.length) return null;
  return (
    <section className="clip-dialogue" data-testid="clip-dialogue" aria-label={t('clipDialogue.list')}>
      <h3>{t('clipDialogue.label')}</h3>
      <ol>
        {turns.map((turn) => {
          const time = formatTime(turn.ts, i18n.language, timeZone);
          const text = quote(turn.transcript ?? t('clipDialogue.noText'), i18n.language);
          const current = turn.id === clip.id;
          const index = columns ? columns.ids.indexOf(turn.id) : -1;
          return (
            <li key={turn.id} className={current ? 'current' : undefined} data-testid="dialogue-turn">
              <span className="muted">{time}</span>{' '}
              {current || index < 0 ? (
                <span aria-current={current ? 'true' : undefined}>
                  {text}
                  {current ? <span className="muted"> · {t('clipDialogue.current')}</span> : null}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => open(index)}
                  title={t('clipDialogue.open', { time })}
                >
                  {text}
                </button>
              )}
              {turn.dialogueOf ? <span className="muted"> ↳ {t('clipDialogue.followUp')}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
