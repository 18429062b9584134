// Bit masks of the flags the views draw, derived from the column encoding (bit i ⇔ FLAGS[i]).

import { flagBit } from '../../library/columns';
import { SENSITIVE_FLAGS } from '../../../shared/model';

export const ACCIDENTAL = flagBit('accidental');
export const FOREIGN = flagBit('foreign');
export const SENSITIVE = SENSITIVE_FLAGS.reduce((mask, f) => mask | flagBit(f), 0);
