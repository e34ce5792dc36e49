// Labels for the assessment module's statistics on the shell's statistics page (#/statistics).

import { addMessages, t } from '/ui/i18n.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

export function tableTitle(id) {
  return t(`assessment.stats.${id}`);
}

export function codeLabel(dimension, code) {
  return t(`assessment.stats.${dimension}.${code}`);
}
