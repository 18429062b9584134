// Command groups, largest first: the same command said many times. A click shows a group's captures (as
// the selection, in the Clips view); the category of a whole group or of the current selection is corrected
// at once, and the library pass then adapts the classifier so similar captures follow.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../shared/model';
import { useNavigate } from '../../app/router';
import { useLibraryJob } from '../../classify/LibraryJobProvider';
import { correctCategory } from '../../db/repos/clips';
import { groupClipIds, listGroups } from '../../db/repos/groups';
import { useLibraryVersion } from '../../library/LibraryProvider';
import { useFilters } from '../../library/FilterProvider';
import { useSelection } from '../../selection/SelectionProvider';
import './groups.css';
import { StatusMessages } from '../../components/StatusMessages';
import { useLibraryRead } from '../../library/useLibraryRead';

export function GroupsScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const job = useLibraryJob();
  const selection = useSelection();
  const { query } = useFilters();
  const version = useLibraryVersion();
  // Every write of the groups (a library pass, a purge regrouping) bumps the library version in its
  // transaction, so one read per version sees them all; a liveQuery would also re-run on every clip write.
  const groups = useLibraryRead(listGroups, version);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectionCategory, setSelectionCategory] = useState<Category | ''>('');
  // A group's category comes from the library pass that follows a correction; until that pass has rewritten
  // the groups, the menu keeps showing what the user chose instead of snapping back to the old category.
  const [chosen, setChosen] = useState<Readonly<Record<string, Category>>>({});
  const [seenGroups, setSeenGroups] = useState(groups);
  if (groups !== seenGroups) {
    setSeenGroups(groups);
    const open = Object.entries(chosen).filter(
      ([id, category]) => groups?.find((g) => g.id === id)?.category !== category,
    );
    if (open.length !== Object.keys(chosen).length) setChosen(Object.fromEntries(open));
  }

  const correct = async (ids: readonly string[], category: Category) => {
    try {
      await correctCategory(ids, category);
      setError(null);
      setMessage(t('groups.corrected', { count: ids.length, category: t(`categories.${category}`) }));
      job.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const show = async (groupId: string) => {
    selection.replaceIds(await groupClipIds(groupId));
    navigate('clips', new URLSearchParams(query));
  };

  return (
    <section className="screen groups-screen" data-testid="groups-screen">
      <h1>{t('nav.groups')}</h1>
      <p className="muted">{t('groups.lead')}</p>
      <StatusMessages error={error} notice={message} noticeTestId="groups-message" />
      <div className="card groups-selection" data-testid="groups-selection">
        <h2>{t('groups.selection')}</h2>
        {selection.ids.size ? (
          <div className="groups-row">
            <span>{t('groups.selectionCount', { count: selection.ids.size })}</span>
            <select
              aria-label={t('groups.selectionApply')}
              value={selectionCategory}
              onChange={(e) => setSelectionCategory(e.target.value as Category | '')}
              data-testid="groups-selection-category"
            >
              <option value="">{t('groups.choose')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!selectionCategory}
              onClick={() => selectionCategory && void correct([...selection.ids], selectionCategory)}
              data-testid="groups-selection-apply"
            >
              {t('groups.selectionApply')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('groups.selectionEmpty')}</p>
        )}
      </div>
      {groups && !groups.length ? <p className="muted">{t('groups.none')}</p> : null}
      {groups?.length ? (
        <table className="data-table groups-table" data-testid="groups-table">
          <thead>
            <tr>
              <th>{t('groups.label')}</th>
              <th className="num">{t('groups.count')}</th>
              <th>{t('groups.category')}</th>
              <th>
                <span className="visually-hidden">{t('groups.showClips')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id} data-testid="group-row">
                <td className="group-label">{g.label}</td>
                <td className="num">{g.count.toLocaleString(i18n.language)}</td>
                <td>
                  <select
                    aria-label={`${t('groups.correctTo')}: ${g.label}`}
                    value={chosen[g.id] ?? g.category ?? ''}
                    onChange={(e) => {
                      const category = e.target.value as Category;
                      setChosen((c) => ({ ...c, [g.id]: category }));
                      void groupClipIds(g.id).then((ids) => correct(ids, category));
                    }}
                    data-testid="group-category"
                  >
                    {g.category ? null : <option value="">{t('groups.none_category')}</option>}
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`categories.${c}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="btn" onClick={() => void show(g.id)} data-testid="group-show">
                    {t('groups.showClips')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
