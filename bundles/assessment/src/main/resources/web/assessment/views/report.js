// The printable report of one assessment.

import { h, timeEl, errorRegion, showError } from '/ui/dom.js';
import { BASE, go, link, table } from '../common.js';

function shownAnswer(def, item, a, ctx) {
  const { t, label } = ctx;
  if (!a) return '';
  if (a.unknown) return `${t('assessment.unknown')}${a.reason ? `: ${a.reason}` : ''}`;
  const choices = item.type === 'rating' ? (def.scales.find((s) => s.id === item.scale)?.levels || []) : item.options || [];
  const one = (v) => {
    const c = choices.find((x) => x.value === v);
    return c ? label(c.label) : String(v);
  };
  if (item.type === 'yesno') return a.value === true ? t('assessment.yes') : t('assessment.no');
  return Array.isArray(a.value) ? a.value.map(one).join(', ') : one(a.value);
}

export async function reportPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const a = await api.get(`${BASE}/assessments/${q.get('id')}`);
  const def = a.form;
  const sections = def.sections.map((s) => {
    const rows = s.items.filter((i) => i.type !== 'display' && a.answers[i.id]).map((i) => h('tr', {},
      h('th', { scope: 'row' }, label(i.label)),
      h('td', { dataset: { test: `report-${i.id}` } }, shownAnswer(def, i, a.answers[i.id], ctx)),
      h('td', { class: 'muted' }, a.answers[i.id].evidence || '')));
    return rows.length ? h('section', { class: 'report-section' }, h('h3', {}, label(s.title)),
      h('table', { class: 'table table-compact' }, h('tbody', {}, rows))) : null;
  });
  const level = def.judgement?.levels.find((l) => l.value === a.judgement?.level);
  const dueInput = h('input', { id: 'due-on', type: 'date', value: a.dueOn || '' });
  const errors = errorRegion('report-error');
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('div', { class: 'report', id: 'assessment-report' },
      h('h2', {}, `${label(def.title)} – ${a.caseCode}`),
      h('p', {}, `${t('assessment.version')} ${a.formVersion} · ${t(`assessment.status.${a.status}`)} · `
        + `${t('assessment.author')}: ${a.author}`, ' · ', timeEl(a.submittedAt || a.updatedAt)),
      a.score != null ? h('p', { id: 'report-score' }, `${t('assessment.score')}: ${a.score}`
        + (a.scoreBand ? ` (${label(a.scoreBand)})` : '')) : null,
      sections,
      level ? h('section', { class: 'report-section', id: 'report-judgement' }, h('h3', {}, t('assessment.judgement')),
        h('p', { class: 'report-level' }, label(level.label)), h('p', {}, a.judgement.formulation || '')) : null,
      a.dueOn ? h('p', {}, `${t('assessment.dueOn')}: ${a.dueOn}`) : null),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', class: 'button', id: 'print', on: { click: () => window.print() } }, t('assessment.print')),
      link(t('assessment.timeline'), { page: 'timeline', case: a.caseCode }, { class: 'button button-quiet' }),
      a.status === 'submitted' ? link(t('assessment.agreement'), { page: 'agreement', id: a.id },
        { class: 'button button-quiet', id: 'agreement-link' }) : null,
      link(t('assessment.back'), {}, { class: 'button button-quiet' })),
    a.status === 'submitted' ? h('form', { class: 'form panel no-print', id: 'due-form',
      on: { submit: async (e) => {
        e.preventDefault();
        try {
          await api.put(`${BASE}/assessments/${a.id}/due`, { dueOn: dueInput.value, version: a.version });
          go({ page: 'report', id: a.id, at: Date.now() });
        } catch (err) { showError(errors, err); }
      } } },
    h('div', { class: 'field' }, h('label', { for: 'due-on' }, t('assessment.setDue')), dueInput),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('common.save')))) : null));
}
