// `request`: builds an erasure or access letter (or a breach notice for foreign captures) and its annex CSV from
// export files, with the same shared/gdpr code as the app. Filters combine with AND. Nothing is sent.

import { writeFile } from 'node:fs/promises';
import { annexToCsv } from '../../../shared/gdpr/annex';
import {
  CONTROLLERS,
  controllerById,
  controllerForSource,
  type Controller,
  type ControllerId,
} from '../../../shared/gdpr/controllers';
import type { Identity, Letter } from '../../../shared/gdpr/letter';
import { accessLetter } from '../../../shared/gdpr/letters/access';
import { breachNotice } from '../../../shared/gdpr/letters/breach-notice';
import { erasureLetter } from '../../../shared/gdpr/letters/erasure';
import { renderLetterHtml, renderLetterText } from '../../../shared/gdpr/render';
import { selectCaptures, type SelectionFilter } from '../../../shared/gdpr/selection';
import { localDate } from '../../../shared/i18n-format';
import { CATEGORIES, FLAGS, ROOM_KINDS, type Capture } from '../../../shared/model';
import { CliError } from '../cli-error';
import { dateOption, loadCaptures, nightOption, pick, readFlags, timeZoneOption } from '../load-captures';

export const usage =
  'request erasure|access|breach <paths>... [--room KIND] [--category ID] [--flag ID] [--from DATE --to DATE] --lang de|en --out letter.txt|letter.html --annex annex.csv [--tz Europe/Berlin] [--night 23-6] [--name "…" --email "…" --address "…"] [--controller amazon-eu|google-ireland] [--date DATE]';

const VALUED = [
  'room',
  'category',
  'flag',
  'from',
  'to',
  'lang',
  'out',
  'annex',
  'tz',
  'night',
  'name',
  'email',
  'address',
  'controller',
  'date',
];
const KINDS = ['erasure', 'access', 'breach'] as const;

export async function run(args: string[]): Promise<void> {
  const { positional, values } = readFlags(args, VALUED, [], usage);
  const [kindArg, ...paths] = positional;
  const kind = pick(kindArg, KINDS, 'kind (first argument)');
  if (!paths.length) throw new CliError(`give at least one export file or folder. Usage: ${usage}`);
  const lang = pick(values.get('lang'), ['de', 'en'] as const, 'lang');
  const out = values.get('out');
  if (!out) throw new CliError(`--out is required. Usage: ${usage}`);
  const timeZone = timeZoneOption(values.get('tz'));
  const filter: SelectionFilter = {
    ...(values.has('room') ? { roomKind: pick(values.get('room'), ROOM_KINDS, 'room') } : {}),
    ...(values.has('category') ? { category: pick(values.get('category'), CATEGORIES, 'category') } : {}),
    ...(values.has('flag') ? { flag: pick(values.get('flag'), FLAGS, 'flag') } : {}),
    ...(values.has('from') ? { from: dateOption(values.get('from'), 'from')! } : {}),
    ...(values.has('to') ? { to: dateOption(values.get('to'), 'to')! } : {}),
  };
  if (filter.from && filter.to && filter.from > filter.to) throw new CliError('--from is after --to.');
  const controllerArg = values.get('controller');
  const wanted = controllerArg
    ? pick(
        controllerArg,
        CONTROLLERS.map((c) => c.id),
        'controller',
      )
    : undefined;
  const date = dateOption(values.get('date'), 'date') ?? localDate(Date.now(), timeZone);
  const identity: Identity = {
    ...(values.has('name') ? { name: values.get('name')! } : {}),
    ...(values.has('email') ? { email: values.get('email')! } : {}),
    ...(values.has('address') ? { address: values.get('address')!.replace(/\\n/g, '\n') } : {}),
  };

  const library = await loadCaptures(paths, { timeZone, nightHours: nightOption(values.get('night')) });
  const candidates = selectCaptures(
    library.captures,
    { ...library, timeZone },
    { ...filter, foreign: kind === 'breach' },
  );
  const { controller, captures } = forController(candidates, wanted);
  const common = { lang, identity, date, controller, devices: library.devices, rooms: library.rooms, timeZone };
  const letter: Letter =
    kind === 'erasure'
      ? erasureLetter({ ...common, captures })
      : kind === 'access'
        ? accessLetter({ ...common, captures })
        : breachNotice({ ...common, foreignCaptures: captures });

  await writeFile(out, /\.html?$/i.test(out) ? renderLetterHtml(letter) : renderLetterText(letter));
  const annex = values.get('annex');
  if (annex && letter.annex) await writeFile(annex, annexToCsv(letter.annex.rows, lang, timeZone));
  process.stdout.write(
    `${kind} letter to ${controller.name}: ${captures.length} recordings, reply due ${letter.dueOn ?? '–'} → ${out}${annex && letter.annex ? `, annex → ${annex}` : ''}\n`,
  );
}

/** One letter goes to one controller: infer it from the selection, or keep only the captures of the one asked for. */
function forController(
  captures: readonly Capture[],
  wanted: ControllerId | undefined,
): { controller: Controller; captures: Capture[] } {
  const byController = new Map<ControllerId, Capture[]>();
  let local = 0;
  for (const c of captures) {
    const controller = controllerForSource(c.source);
    if (!controller) local += 1;
    else byController.set(controller.id, [...(byController.get(controller.id) ?? []), c]);
  }
  if (local)
    process.stderr.write(
      `note: ${local} recordings from local sources (Home Assistant, folders) have no controller and are left out.\n`,
    );
  if (wanted) {
    const own = byController.get(wanted) ?? [];
    if (!own.length) throw new CliError(`no selected recordings belong to ${wanted}.`);
    return { controller: controllerById(wanted), captures: own };
  }
  if (byController.size === 0) throw new CliError('no recordings match the filters.');
  if (byController.size > 1) {
    const counts = [...byController].map(([id, list]) => `${id}: ${list.length}`).join(', ');
    throw new CliError(`the selection spans several controllers (${counts}); pick one with --controller.`);
  }
  const [[id, own]] = [...byController] as [[ControllerId, Capture[]]];
  return { controller: controllerById(id), captures: own };
}
