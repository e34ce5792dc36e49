// The printable course report.

import { h, timeEl } from '/ui/dom.js';
import { formatDateTime, roleName } from '/ui/i18n.js';
import { BASE, disclosureHeaders, disclosureRows, link, nav, table } from '../common.js';

function answerText(ctx, item, a) {
  const { t, label } = ctx;
  if (!a || a.value === undefined || a.value === null) return '–';
  if (a.value === true) return t('ethics.yes');
  if (a.value === false) return t('ethics.no');
  const o = (item.options || []).find((x) => x.value === a.value);
  return o ? label(o.label) : String(a.value);
}

export async function reportPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const course = q.get('course');
  const r = await api.get(`${BASE}/courses/${encodeURIComponent(course)}/report`);
  const completions = r.completions.map((v) => {
    const s = v.summary;
    const items = v.form.sections.flatMap((sec) => sec.items).filter((i) => i.type !== 'display' && v.answers[i.id]);
    return h('section', { class: 'report-section', dataset: { test: `report-completion-${s.id}` } },
      h('h4', {}, `${label(v.form.title)} (${s.formVersion}) – ${t(`ethics.status.${s.status}`)}`),
      s.signedAt ? h('p', {}, t('ethics.signedBy', { who: s.signedBy, when: formatDateTime(s.signedAt) })) : null,
      s.countersignedAt ? h('p', {}, t('ethics.countersignedBy', { who: s.countersignedBy, role: roleName(s.countersignedRole),
        when: formatDateTime(s.countersignedAt) })) : null,
      items.length ? h('table', { class: 'table table-compact' }, h('tbody', {}, items.map((i) => h('tr', {},
        h('th', { scope: 'row' }, label(i.label)), h('td', {}, answerText(ctx, i, v.answers[i.id])),
        h('td', {}, v.answers[i.id].comment || ''))))) : null);
  });
  container.replaceChildren(h('div', { class: 'ethics-page report', id: 'ethics-report' },
    h('h2', {}, `${t('ethics.report')} ${r.caseCode}`), nav(ctx),
    h('p', {}, r.status ? `${t('ethics.courseStatus')}: ${courseStatus(r.status, t)} · ` : '', `${t('ethics.generated')}: `, timeEl(r.generatedAt)),
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'button', id: 'ethics-print', on: { click: () => window.print() } }, t('ethics.print')),
      ' ', link(t('ethics.newDisclosure'), { page: 'disclosures', course: r.caseCode })),
    h('h3', {}, t('ethics.completions')), completions.length ? completions : h('p', {}, t('ethics.none')),
    h('h3', {}, t('ethics.disclosures')),
    r.disclosures.length ? table('ethics-report-disclosures', t('ethics.disclosures'), disclosureHeaders(t), disclosureRows(ctx, r.disclosures))
      : h('p', {}, t('ethics.none'))));
}

/** A registry course status in words; a status this module does not know is shown as its code. */
function courseStatus(code, t) {
  const key = `ethics.courseStatus.${code}`;
  const text = t(key);
  return text === key ? code : text;
}
