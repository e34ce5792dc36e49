// What the ethics views share: the kit bound to #/m/ethics, the API base, the page navigation, case codes and disclosure rows.

import { h } from '/ui/dom.js';
import { moduleKit } from '/ui/kit.js';

export const BASE = '/api/ethics';
export const { query, go, link, table, stylesheet } = moduleKit('ethics');
export const BASES = ['consent', 'fvl13-exception', 'strl196-averting', 'court-order', 'other'];

export function nav(ctx) {
  const { t } = ctx;
  const admin = ctx.user.roles.includes('admin');
  return h('p', { class: 'ethics-nav no-print' },
    link(t('ethics.overview'), {}), ' · ', link(t('ethics.disclosures'), { page: 'disclosures' }, { id: 'ethics-nav-disclosures' }),
    ' · ', link(t('ethics.guidelines'), { page: 'guidelines' }, { id: 'ethics-nav-guidelines' }),
    admin ? [' · ', link(t('ethics.admin'), { page: 'admin' }, { id: 'ethics-nav-admin' })] : null);
}

/** Case codes to pick from, when the registry is installed (it filters by the caller's access). */
export function caseCodes(ctx, input, id) {
  const list = h('datalist', { id });
  input.setAttribute('list', id);
  const load = async () => {
    const found = await ctx.api.get(`${BASE}/subjects`, { query: { q: input.value.trim() } });
    list.replaceChildren(...found.subjects.map((s) => h('option', { value: s.caseCode }, s.label || '')));
  };
  input.addEventListener('input', () => { load().catch(() => {}); });
  load().catch(() => {});
  return list;
}

export function subjectLabel(subject) {
  return subject.startsWith('course:') ? subject.slice(7) : subject;
}

export function disclosureRows(ctx, list) {
  const { t } = ctx;
  return list.map((d) => h('tr', { dataset: { test: `disclosure-${d.id}` } },
    h('td', {}, String(d.id)), h('td', {}, d.disclosedAt), h('td', {}, d.caseCode), h('td', {}, d.recipient), h('td', {}, d.what),
    h('td', {}, t(`ethics.basis.${d.legalBasis}`), d.legalBasisText ? h('div', { class: 'hint' }, d.legalBasisText) : null),
    h('td', {}, d.decidedBy),
    h('td', {}, d.recordedBy, d.corrects ? h('div', { class: 'hint' }, t('ethics.correctionOf', { id: d.corrects }), d.correctionReason ? `: ${d.correctionReason}` : '') : null,
      d.correctedBy ? h('div', { class: 'badge' }, t('ethics.correctedBy', { id: d.correctedBy })) : null)));
}

export function disclosureHeaders(t) {
  return ['#', t('ethics.disclosedAt'), t('ethics.caseCode'), t('ethics.recipient'), t('ethics.whatShared'), t('ethics.legalBasis'),
    t('ethics.decidedBy'), t('ethics.recordedBy')];
}
