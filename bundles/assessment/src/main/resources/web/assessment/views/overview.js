// The overview: a new assessment, the list, what is due, looking up a timeline.

import { h, timeEl, errorRegion, showError, clearRegion } from '/ui/dom.js';
import { BASE, go, link, table } from '../common.js';

export async function overview(container, ctx) {
  const { t, api, label } = ctx;
  const errors = errorRegion('assessment-error');
  const roles = ctx.user.roles;
  // Admins manage forms; assessments are for coordinators, mentors and supervisors only.
  const assesses = roles.some((r) => r !== 'admin');
  const none = { registry: false, subjects: [] };
  const [forms, subjects, list, due] = await Promise.all([
    api.get(`${BASE}/forms`),
    assesses ? api.get(`${BASE}/subjects`) : none,
    assesses ? api.get(`${BASE}/assessments`) : [],
    assesses ? api.get(`${BASE}/due`) : []]);
  const published = forms.filter((f) => f.status === 'published');
  const latest = new Map();
  for (const f of published) if (!latest.has(f.id)) latest.set(f.id, f); // the API lists newest versions first

  const caseInput = h('input', { id: 'new-case', name: 'caseCode', required: true, list: 'case-codes',
    autocomplete: 'off', 'aria-describedby': 'new-case-hint' });
  const datalist = h('datalist', { id: 'case-codes' },
    subjects.subjects.map((s) => h('option', { value: s.caseCode }, s.label || '')));
  if (subjects.registry) {
    caseInput.addEventListener('input', async () => {
      const found = await api.get(`${BASE}/subjects`, { query: { q: caseInput.value } });
      datalist.replaceChildren(...found.subjects.map((s) => h('option', { value: s.caseCode }, s.label || '')));
    });
  }
  const formSelect = h('select', { id: 'new-form', name: 'formId' },
    [...latest.values()].map((f) => h('option', { value: f.id },
      `${label(f.title)} (${f.version})${f.training ? ` – ${t('assessment.training', { key: f.training })}` : ''}`)));
  const pairInput = h('input', { id: 'new-pair', name: 'pairOf', inputmode: 'numeric', 'aria-describedby': 'new-pair-hint' });
  const startButton = h('button', { type: 'submit', class: 'button button-primary', id: 'new-start' }, t('assessment.start'));
  const newForm = h('form', { class: 'form panel', id: 'new-assessment', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        const pairOf = pairInput.value.trim();
        const created = await api.post(`${BASE}/assessments`, pairOf ? { pairOf: Number(pairOf) }
          : { caseCode: caseInput.value.trim(), formId: formSelect.value });
        go({ page: 'fill', id: created.id });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('assessment.new')),
  h('div', { class: 'field' }, h('label', { for: 'new-case' }, t('assessment.caseCode')),
    h('p', { class: 'hint', id: 'new-case-hint' },
      `${subjects.registry ? t('assessment.caseHintRegistry') : t('assessment.caseHintTyped')} ${t('assessment.fictional')}`),
    caseInput, datalist),
  h('div', { class: 'field' }, h('label', { for: 'new-form' }, t('assessment.form')), formSelect),
  h('div', { class: 'field' }, h('label', { for: 'new-pair' }, t('assessment.pairOf')),
    h('p', { class: 'hint', id: 'new-pair-hint' }, t('assessment.pairHint')), pairInput),
  h('div', { class: 'actions' }, startButton));

  const timelineCase = h('input', { id: 'timeline-case', name: 'case', required: true, list: 'case-codes' });
  const timelineForm = h('form', { class: 'form panel', id: 'timeline-lookup',
    on: { submit: (e) => { e.preventDefault(); go({ page: 'timeline', case: timelineCase.value.trim() }); } } },
  h('h3', {}, t('assessment.timeline')),
  h('div', { class: 'field' }, h('label', { for: 'timeline-case' }, t('assessment.caseCode')), timelineCase),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'timeline-show' }, t('assessment.showTimeline'))));

  const rows = (items) => items.map((a) => h('tr', { dataset: { test: `assessment-${a.id}` } },
    h('td', {}, link(a.caseCode, { page: 'timeline', case: a.caseCode })),
    h('td', {}, `${label(a.formTitle)} ${a.formVersion}`),
    h('td', {}, t(`assessment.status.${a.status}`)),
    h('td', {}, a.author),
    h('td', {}, a.dueOn || timeEl(a.updatedAt)),
    h('td', {}, link(t('assessment.open'), { page: a.status === 'draft' ? 'fill' : 'report', id: a.id }))));
  const headers = [t('assessment.caseCode'), t('assessment.form'), t('assessment.status'), t('assessment.author'),
    t('assessment.updated'), ''];
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, t('assessment.overview')),
    roles.includes('admin') || roles.includes('coordinator')
      ? h('p', {}, h('a', { href: '#/m/forms', id: 'forms-link' }, t('assessment.forms'))) : null,
    errors,
    assesses ? h('div', { class: 'form-grid' }, newForm, timelineForm) : null,
    h('h3', {}, t('assessment.due')),
    due.length ? table('due-table', t('assessment.due'), headers, rows(due)) : h('p', { class: 'muted' }, t('assessment.noneDue')),
    h('h3', {}, t('assessment.mine')),
    list.length ? table('assessments-table', t('assessment.mine'), headers, rows(list))
      : h('p', { class: 'muted' }, t('assessment.none'))));
}
