// Filling in an assessment with the form renderer.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { renderForm } from '/ui/forms/renderer.js';
import { BASE, go, link } from '../common.js';
import { reportPage } from './report.js';

export async function fillPage(container, ctx, q) {
  const { t, api, label, lang } = ctx;
  let a = await api.get(`${BASE}/assessments/${q.get('id')}`);
  if (a.status !== 'draft' || !a.mine) {
    return reportPage(container, ctx, q);
  }
  const errors = errorRegion('fill-error');
  const status = statusRegion('fill-status');
  let timer = null;
  const save = async () => {
    const v = form.values();
    a = await api.put(`${BASE}/assessments/${a.id}`, { ...v, version: a.version });
    showMessage(status, t('assessment.saved'));
  };
  const form = renderForm(a.form, { lang, answers: a.answers, judgement: a.judgement || {},
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(() => save().catch((err) => showError(errors, err)), 1500); // drafts saved as you go
    } });
  const submit = async () => {
    clearTimeout(timer);
    clearRegion(errors);
    try {
      a = await api.post(`${BASE}/assessments/${a.id}/submit`, { ...form.values(), version: a.version });
      go({ page: 'report', id: a.id });
    } catch (err) {
      form.showErrors(err.errors);
      showError(errors, err);
      if (err.status === 409) a = await api.get(`${BASE}/assessments/${a.id}`);
    }
  };
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, `${label(a.form.title)} – ${a.caseCode}`),
    h('p', { class: 'muted' }, `${t('assessment.version')} ${a.formVersion}`),
    a.form.description ? h('p', {}, label(a.form.description)) : null,
    errors, status, form.element,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', id: 'save-draft',
        on: { click: () => { clearTimeout(timer); save().catch((err) => showError(errors, err)); } } }, t('assessment.saveDraft')),
      h('button', { type: 'button', class: 'button button-primary', id: 'submit-assessment', on: { click: submit } },
        t('assessment.submit'))),
    h('p', {}, link(t('assessment.back'), {}))));
  return () => clearTimeout(timer);
}
