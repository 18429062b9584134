// Clips: the filter bar, the virtualised list and the open clip's player side by side.

import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../filters/FilterBar';
import { ClipPanel } from '../../player/ClipPanel';
import { useOpenClip } from '../../player/OpenClipProvider';
import { ClipList } from './ClipList';
import './clips.css';

export function ClipsScreen() {
  const { t } = useTranslation();
  const { openIndex } = useOpenClip();
  return (
    <section className="screen screen-wide clips-screen">
      <h1>{t('nav.clips')}</h1>
      <FilterBar />
      <div className={`split${openIndex !== null ? ' split-open' : ''}`}>
        <ClipList />
        <ClipPanel />
      </div>
    </section>
  );
}
