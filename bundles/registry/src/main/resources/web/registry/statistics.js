// Labels for the registry's statistics on the shell's statistics page (#/statistics): the page imports this
// file beside the module's UI script and asks it for a table's title and a code's label, reusing the registry's
// own labels for its codes.

import { addMessages, t } from '/ui/i18n.js';
import { MESSAGES } from './messages.js';
import { NETWORKS } from './common.js';

addMessages(MESSAGES);

/** Label key prefixes of the dimensions whose codes the registry's views already label. */
const PREFIXES = {
  status: 'registry.status.', targetGroup: 'registry.tg.', level: 'registry.level.',
  employment: 'registry.employment.', duration: 'registry.stats.duration.',
};

export function tableTitle(id) {
  return t(`registry.stats.${id}`);
}

export function codeLabel(dimension, code) {
  if (dimension === 'network') return NETWORKS[code] ?? t('registry.stats.noMentor');
  if (dimension === 'employment' && code === 'none') return t('registry.form.unstated');
  if (dimension === 'eligibility') return code === 'eligible' ? t('registry.field.eligible') : t(`registry.why.${code}.fail`);
  if (dimension === 'quarter') {
    const [year, quarter] = code.split('-Q');
    return t('registry.stats.quarter', { year, quarter });
  }
  return PREFIXES[dimension] ? t(PREFIXES[dimension] + code) : code;
}
