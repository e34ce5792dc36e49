// The overview: guideline banner, due list, starting a checklist, the checklists.

import { h, timeEl, errorRegion, showError, clearRegion } from '/ui/dom.js';
import { BASE, caseCodes, go, link, nav, table } from '../common.js';

export async function overview(container, ctx) {
  const { t, api, label } = ctx;
  const errors = errorRegion('ethics-error');
  const fills = ctx.user.roles.some((r) => r !== 'admin');
  const [guideline, due, checklists, completions] = await Promise.all([
    api.get(`${BASE}/guidelines`), api.get(`${BASE}/due`), api.get(`${BASE}/checklists`), api.get(`${BASE}/completions`)]);
  const current = new Map();
  for (const c of checklists) if (c.status === 'published' && !current.has(c.id)) current.set(c.id, c);

  const banner = guideline.version && !guideline.accepted
    ? h('div', { class: 'alert ethics-banner', id: 'ethics-guideline-banner', role: 'status' },
      h('p', {}, t('ethics.banner', { version: guideline.version }), ' ',
        link(t('ethics.readGuidelines'), { page: 'guidelines' }, { id: 'ethics-banner-link' })))
    : null;

  const startFromDue = async (d) => {
    clearRegion(errors);
    try {
      const subject = d.subject.startsWith('mentor:') && d.label === ctx.user.username ? 'mentor:me' : d.subject;
      const created = await api.post(`${BASE}/completions`, { subject, checklistId: d.checklistId });
      go({ page: 'fill', id: created.summary.id });
    } catch (err) { showError(errors, err); }
  };
  const dueRows = due.map((d, i) => h('tr', { dataset: { test: `due-${d.kind}-${d.label}` } },
    h('td', {}, t(`ethics.kind.${d.kind}`), d.required && d.kind !== 'guidelines' ? h('span', { class: 'badge' }, t('ethics.required')) : null),
    h('td', {}, d.subject.startsWith('course:') ? link(d.label, { page: 'report', course: d.label }) : d.label),
    h('td', {}, d.title ? label(d.title) : (d.guidelineVersion ? t('ethics.version', { version: d.guidelineVersion }) : '')),
    h('td', {}, d.completionId ? link(t('ethics.open'), { page: 'fill', id: d.completionId }, { dataset: { test: `due-open-${i}` } })
      : d.kind === 'guidelines' ? (d.label === ctx.user.username ? link(t('ethics.readGuidelines'), { page: 'guidelines' }) : '')
        : fills && (d.kind !== 'onboarding' || d.label === ctx.user.username)
          ? h('button', { type: 'button', class: 'button', dataset: { test: `due-start-${i}` }, on: { click: () => startFromDue(d) } }, t('ethics.startIt'))
          : '')));

  const subjectType = h('select', { id: 'ethics-subject-type', name: 'subjectType' },
    h('option', { value: 'course' }, t('ethics.forCourse')), h('option', { value: 'mentor' }, t('ethics.forMe')));
  const caseInput = h('input', { id: 'ethics-case', name: 'caseCode', autocomplete: 'off', 'aria-describedby': 'ethics-case-hint' });
  const checklistSelect = h('select', { id: 'ethics-checklist', name: 'checklistId' });
  const fillChecklists = () => {
    checklistSelect.replaceChildren(...[...current.values()].filter((c) => c.appliesTo === subjectType.value)
      .map((c) => h('option', { value: c.id }, `${label(c.title)} (${c.version})`)));
    caseInput.closest('.field')?.toggleAttribute('hidden', subjectType.value !== 'course');
  };
  subjectType.addEventListener('change', fillChecklists);
  const startForm = h('form', { class: 'form panel', id: 'ethics-start-form', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        const subject = subjectType.value === 'course' ? `course:${caseInput.value.trim()}` : 'mentor:me';
        const created = await api.post(`${BASE}/completions`, { subject, checklistId: checklistSelect.value });
        go({ page: 'fill', id: created.summary.id });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('ethics.newCompletion')),
  h('div', { class: 'field' }, h('label', { for: 'ethics-subject-type' }, t('ethics.subjectType')), subjectType),
  h('div', { class: 'field' }, h('label', { for: 'ethics-case' }, t('ethics.caseCode')),
    h('p', { class: 'hint', id: 'ethics-case-hint' }, `${t('ethics.caseHint')} ${t('ethics.fictional')}`), caseInput,
    caseCodes(ctx, caseInput, 'ethics-case-codes')),
  h('div', { class: 'field' }, h('label', { for: 'ethics-checklist' }, t('ethics.checklist')), checklistSelect),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-start' }, t('ethics.startIt'))));

  const rows = completions.map((c) => h('tr', { dataset: { test: `completion-${c.id}` } },
    h('td', {}, c.subject.startsWith('course:') ? link(c.label, { page: 'report', course: c.label }) : c.label),
    h('td', {}, `${label(c.title)} ${c.formVersion}`),
    h('td', {}, t(`ethics.status.${c.status}`)),
    h('td', {}, c.author),
    h('td', {}, timeEl(c.updatedAt)),
    h('td', {}, link(t('ethics.open'), { page: 'fill', id: c.id }))));

  const reportCase = h('input', { id: 'ethics-report-case', name: 'course', autocomplete: 'off' });
  const reportForm = h('form', { class: 'form panel', id: 'ethics-report-lookup',
    on: { submit: (e) => { e.preventDefault(); go({ page: 'report', course: reportCase.value.trim() }); } } },
  h('h3', {}, t('ethics.report')),
  h('div', { class: 'field' }, h('label', { for: 'ethics-report-case' }, t('ethics.caseCode')), reportCase,
    caseCodes(ctx, reportCase, 'ethics-report-codes')),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'ethics-report-show' }, t('ethics.showReport'))));

  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.overview')), nav(ctx), banner, errors,
    h('section', { 'aria-labelledby': 'ethics-due-heading' }, h('h3', { id: 'ethics-due-heading' }, t('ethics.due')),
      due.length ? table('ethics-due', t('ethics.due'), [t('ethics.what'), t('ethics.subject'), t('ethics.checklist'), ''], dueRows)
        : h('p', { id: 'ethics-due-none' }, t('ethics.noneDue'))),
    fills ? startForm : null,
    h('section', { 'aria-labelledby': 'ethics-list-heading' }, h('h3', { id: 'ethics-list-heading' }, t('ethics.completions')),
      completions.length ? table('ethics-completions', t('ethics.completions'), [t('ethics.subject'), t('ethics.checklist'),
        t('ethics.status'), t('ethics.by'), t('ethics.when'), ''], rows) : h('p', {}, t('ethics.none'))),
    reportForm));
  fillChecklists();
}
