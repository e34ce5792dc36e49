// What the assessment views share: the kit bound to #/m/assessment, the API base and how a status change is shown.

import { moduleKit } from '/ui/kit.js';

export const BASE = '/api/assessment';
export const { query, go, link, table, stylesheet } = moduleKit('assessment');

export function shownChange(s, ctx) {
  if (!s) return '—';
  if (s.unknown) return ctx.t('assessment.unknown');
  if (s.labels?.length) return s.labels.map((l) => ctx.label(l)).join(', ');
  return typeof s.value === 'boolean' ? ctx.t(s.value ? 'assessment.yes' : 'assessment.no') : String(s.value);
}
