// Forms admin: upload, deployments, publish.

import { h, timeEl, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { BASE, go, link, table } from '../common.js';

export async function formsPage(container, ctx) {
  const { t, api, label } = ctx;
  const isAdmin = ctx.user.roles.includes('admin');
  const [forms, deployments] = await Promise.all([api.get(`${BASE}/forms`), api.get(`${BASE}/forms/deployments`)]);
  const errors = errorRegion('upload-error');
  const status = statusRegion('upload-status');
  const reload = () => go({ page: 'forms', at: Date.now() });
  const action = (f, verb) => h('button', { type: 'button', class: 'button button-small',
    dataset: { test: `${verb}-${f.id}-${f.version}` },
    on: { click: async () => {
      try { await api.post(`${BASE}/forms/${f.id}/${f.version}/${verb}`); reload(); } catch (err) { showError(errors, err); }
    } } }, t(`assessment.${verb}`));
  const formRows = forms.map((f) => h('tr', { dataset: { test: `form-${f.id}-${f.version}` } },
    h('td', {}, label(f.title)), h('td', {}, f.id), h('td', {}, f.version),
    h('td', {}, t(`assessment.status.${f.status}`)), h('td', {}, `${f.source} ${f.file || ''}`),
    h('td', {}, isAdmin ? [f.status === 'draft' ? action(f, 'publish') : null,
      f.status !== 'retired' ? action(f, 'retire') : null] : null)));
  const depRows = deployments.map((d) => h('tr', { class: d.outcome === 'refused' ? 'deployment-refused' : '' },
    h('td', {}, timeEl(d.at)), h('td', {}, d.source), h('td', {}, d.file || ''),
    h('td', {}, `${d.formId || ''} ${d.version || ''}`), h('td', {}, d.outcome),
    h('td', {}, d.errors.length ? h('ul', {}, d.errors.map((e) => h('li', {}, `${e.path}: ${e.reason}`))) : '')));

  const file = h('input', { id: 'upload-file', type: 'file', accept: '.json,application/json' });
  const text = h('textarea', { id: 'upload-text', rows: 6 });
  const publish = h('input', { id: 'upload-publish', type: 'checkbox' });
  const upload = h('form', { class: 'form panel', id: 'upload-form', on: { submit: async (e) => {
    e.preventDefault();
    clearRegion(errors);
    const chosen = file.files[0];
    const body = chosen ? await chosen.text() : text.value;
    try {
      const d = await api.post(`${BASE}/forms`, new Blob([body], { type: 'application/json' }),
        { query: { publish: publish.checked, name: chosen ? chosen.name : 'upload.form.json' } });
      showMessage(status, t('assessment.uploaded', { outcome: d.outcome }));
      setTimeout(reload, 800);
    } catch (err) { showError(errors, err); }
  } } },
  h('h3', {}, t('assessment.upload')),
  h('div', { class: 'field' }, h('label', { for: 'upload-file' }, t('assessment.uploadFile')), file),
  h('div', { class: 'field' }, h('label', { for: 'upload-text' }, t('assessment.uploadText')), text),
  h('div', { class: 'checkbox' }, publish, h('label', { for: 'upload-publish' }, t('assessment.publishNow'))),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('assessment.upload'))));

  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, t('assessment.forms')),
    h('p', {}, link(t('assessment.back'), {})),
    errors, status,
    table('forms-table', t('assessment.forms'), [t('assessment.form'), 'id', t('assessment.version'),
      t('assessment.status'), t('assessment.source'), ''], formRows),
    isAdmin ? upload : null,
    h('h3', {}, t('assessment.deployments')),
    table('deployments-table', t('assessment.deployments'), [t('assessment.at'), t('assessment.source'),
      t('assessment.file'), t('assessment.form'), t('assessment.outcome'), t('assessment.errors')], depRows)));
}
