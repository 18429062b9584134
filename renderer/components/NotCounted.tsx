// "86 recordings of your home · 3 Alexa prompts · 6 from someone else's home not counted": what the views'
// totals leave out, each part a link to those records (the kind filter, or the quarantine). Inline under
// the overview and the report's scope; folded into a small menu next to the filter bar's total.

import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/router';
import { EMPTY_FILTERS, filtersToParams } from '../library/filters';
import type { Population } from '../library/population';

function parts(population: Population) {
  return [
    ...population.otherKinds.map(({ kind, count }) => ({
      key: kind,
      count,
      href: hrefFor('clips', filtersToParams({ ...EMPTY_FILTERS, kinds: [kind] })),
      label: `answers.kinds.${kind}`,
    })),
    ...(population.foreign
      ? [{ key: 'foreign', count: population.foreign, href: hrefFor('quarantine'), label: 'population.foreign' }]
      : []),
  ];
}

export function NotCounted({
  population,
  compact = false,
  inLibrary = false,
}: {
  population: Population;
  compact?: boolean;
  /** Said of the whole library where the screen is about something else (an import's result). */
  inLibrary?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const items = parts(population);
  if (!items.length) return null;
  const left = items.reduce((sum, item) => sum + item.count, 0);
  const links = items.map((item) => (
    <a key={item.key} href={item.href} data-testid={`not-counted-${item.key}`}>
      {t(item.label, { count: item.count, n: n(item.count) })}
    </a>
  ));
  if (compact)
    return (
      <details className="facet not-counted" data-testid="not-counted">
        <summary title={t('population.why')}>{t('population.short', { count: left, n: n(left) })}</summary>
        <div className="facet-menu not-counted-menu">
          <p className="muted">{t('population.lead', { count: population.home, n: n(population.home) })}</p>
          <ul>
            {links.map((link) => (
              <li key={link.key}>{link}</li>
            ))}
          </ul>
          <p className="muted">{t('population.why')}</p>
        </div>
      </details>
    );
  return (
    <p className="muted not-counted-note" data-testid="not-counted">
      {inLibrary ? `${t('population.inLibrary')} ` : null}
      {t('population.lead', { count: population.home, n: n(population.home) })}
      {links.map((link) => (
        <span key={link.key}>
          {' · '}
          {link}
        </span>
      ))}{' '}
      {t('population.tail')}
    </p>
  );
}
