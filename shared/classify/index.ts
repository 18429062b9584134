// Public API of the classifier: normalisation, language, the trained category model,
// flags with reasons, command groups and per-household corrections. Pure: runs in workers and in Node.

import modelJson from '../../assets/classifier/model.json';
import { loadClassifier, type Classifier } from './model';

export { normalise, foldText, hasWakeWord } from './normalise';
export { detectLanguage, type Language } from './language';
export { loadClassifier, type Classifier, type Classification } from './model';
export { computeFlags, localHour, type FlagInput } from './flags';
export { groupCommands, groupKey, type CommandGroup, type GroupItem, type GroupOptions } from './groups';
export { adaptClassifier, type Correction } from './adapt';
export { followUpTurns, DIALOGUE_GAP_MS, type DialogueTurn, type DialogueLink } from './dialogue';
export { categoryOfProviderIntent } from './provider-intents';

let cached: Classifier | undefined;

/** The shipped model (assets/classifier/model.json), loaded once. */
export function defaultClassifier(): Classifier {
  cached ??= loadClassifier(modelJson);
  return cached;
}
