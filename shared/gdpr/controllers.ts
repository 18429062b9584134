// The small, editable table of data controllers and supervisory authorities the letters are addressed to.
// Sources (docs/architecture.md, "Letters and the law"): the datenanfragen.de company database
// (companies/amazon-de.json, "verified" there) and the controllers' public privacy notices. Addresses change: the UI shows them editable and the user should
// verify them before sending — Earshot never sends anything itself.

import type { Source } from '../model';

export type ControllerId = 'amazon-eu' | 'google-ireland';

export interface Controller {
  id: ControllerId;
  /** Legal name of the controller. */
  name: string;
  /** Postal address lines, recipient first. */
  address: string[];
  email?: string;
  /** Web form the controller offers for data requests, where known. */
  portal?: string;
  /** Which capture sources this controller is responsible for. */
  sources: Source[];
  /** The product name used in the letter ("Alexa"). */
  product: string;
  /** Lead supervisory authority (Art. 56) for complaints about this controller. */
  leadAuthority: SupervisoryAuthority;
}

export interface SupervisoryAuthority {
  name: string;
  address: string[];
}

/**
 * Lead authorities by main establishment. The user may instead complain to the authority of the member state
 * where they live (Art. 77(1)), which the complaint letter says; users in Germany usually write to their
 * Land authority. Verify addresses before sending.
 */
export const AUTHORITIES = {
  cnpdLuxembourg: {
    name: 'Commission nationale pour la protection des données (CNPD)',
    address: ['15, Boulevard du Jazz', 'L-4370 Belvaux', 'Luxembourg'],
  },
  dpcIreland: {
    name: 'Data Protection Commission',
    address: ['21 Fitzwilliam Square South', 'Dublin 2, D02 RD28', 'Ireland'],
  },
} as const satisfies Record<string, SupervisoryAuthority>;

export const CONTROLLERS: readonly Controller[] = [
  {
    id: 'amazon-eu',
    name: 'Amazon Europe Core S.à r.l.',
    // The German contact address from datenanfragen's verified record; the company itself is registered in
    // Luxembourg. Verify before sending.
    address: [
      'Amazon Europe Core S.à r.l.',
      'Datenschutz / Privacy',
      'Marcel-Breuer-Str. 12',
      '80807 München',
      'Deutschland',
    ],
    email: 'eu-privacy@amazon.de',
    portal: 'https://www.amazon.de/gp/privacycentral/dsar/preview.html',
    sources: ['alexa-archive', 'alexa-history'],
    product: 'Alexa',
    leadAuthority: AUTHORITIES.cnpdLuxembourg,
  },
  {
    id: 'google-ireland',
    name: 'Google Ireland Limited',
    // The EU/EEA controller named in Google's privacy policy; datenanfragen lists Google LLC
    // (data-access-requests@google.com). The user should verify which applies to their account.
    address: ['Google Ireland Limited', 'Gordon House', 'Barrow Street', 'Dublin 4', 'Ireland'],
    email: 'data-access-requests@google.com',
    portal: 'https://support.google.com/policies/contact/general_privacy_form',
    sources: ['google-takeout'],
    product: 'Google Assistant',
    leadAuthority: AUTHORITIES.dpcIreland,
  },
];

export function controllerById(id: ControllerId): Controller {
  const controller = CONTROLLERS.find((c) => c.id === id);
  if (!controller) throw new RangeError(`unknown controller ${id}`);
  return controller;
}

/** The controller responsible for a capture source; undefined for local sources (Home Assistant, folders). */
export function controllerForSource(source: Source): Controller | undefined {
  return CONTROLLERS.find((c) => c.sources.includes(source));
}
