// Forms admin page: every form version of a kind an installed module claims (risk-assessment instruments,
// ethics checklists), the deployment outcomes with refusal reasons, upload (native or FHIR), FHIR export,
// publish and retire.

import { h, timeEl, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { addMessages } from '/ui/i18n.js';
import { stylesheet, table } from '/ui/kit.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

const BASE = '/api/forms';

export async function render(container, ctx) {
  stylesheet('/ui/forms/admin.css');
  const { t, api, label } = ctx;
  const isAdmin = ctx.user.roles.includes('admin');
  const [forms, kinds, deployments] = await Promise.all([api.get(BASE), api.get(`${BASE}/kinds`),
    api.get(`${BASE}/deployments`)]);
  const errors = errorRegion('upload-error');
  const status = statusRegion('upload-status');
  const reload = () => render(container, ctx);
  const action = (f, verb) => h('button', { type: 'button', class: 'button button-small',
    dataset: { test: `${verb}-${f.id}-${f.version}` },
    on: { click: async () => {
      try { await api.post(`${BASE}/${f.id}/${f.version}/${verb}`); await reload(); } catch (err) { showError(errors, err); }
    } } }, t(`forms.${verb}`));
  // A version as a FHIR Questionnaire: shown to copy and offered as a file to download.
  const exported = h('section', { id: 'fhir-export', class: 'panel', hidden: true });
  const exportAction = (f) => h('button', { type: 'button', class: 'button button-small',
    dataset: { test: `fhir-${f.id}-${f.version}` },
    on: { click: async () => {
      try {
        const json = JSON.stringify(await api.get(`${BASE}/${f.id}/${f.version}/fhir`), null, 2);
        const name = `${f.id}-${f.version}.questionnaire.json`;
        const text = h('textarea', { id: 'fhir-text', rows: 10, readonly: true });
        text.value = json;
        exported.replaceChildren(h('h3', {}, t('forms.fhirTitle', { form: label(f.title), version: f.version })),
          h('a', { id: 'fhir-download', download: name,
            href: URL.createObjectURL(new Blob([json], { type: 'application/fhir+json' })) },
          t('forms.fhirDownload', { name })), text);
        exported.hidden = false;
      } catch (err) { showError(errors, err); }
    } } }, t('forms.fhir'));
  const formRows = forms.map((f) => h('tr', { dataset: { test: `form-${f.id}-${f.version}` } },
    h('td', {}, label(f.title)), h('td', {}, f.id), h('td', {}, f.version), h('td', {}, t(`forms.kind.${f.kind}`)),
    h('td', {}, t(`forms.status.${f.status}`)), h('td', {}, `${t(`forms.source.${f.source}`)} ${f.file || ''}`),
    h('td', {}, [exportAction(f), isAdmin && f.status === 'draft' ? action(f, 'publish') : null,
      isAdmin && f.status !== 'retired' ? action(f, 'retire') : null])));
  const depRows = deployments.map((d) => h('tr', { class: d.outcome === 'refused' ? 'deployment-refused' : '' },
    h('td', {}, timeEl(d.at)), h('td', {}, t(`forms.source.${d.source}`)), h('td', {}, d.file || ''),
    h('td', {}, `${d.formId || ''} ${d.version || ''}`), h('td', {}, t(`forms.outcome.${d.outcome}`)),
    h('td', {}, d.errors.length ? h('ul', {}, d.errors.map((e) => h('li', {}, `${e.path}: ${e.reason}`))) : '')));

  const file = h('input', { id: 'upload-file', type: 'file', accept: '.json,application/json,application/fhir+json' });
  const text = h('textarea', { id: 'upload-text', rows: 6 });
  const publish = h('input', { id: 'upload-publish', type: 'checkbox' });
  const upload = h('form', { class: 'form panel', id: 'upload-form', on: { submit: async (e) => {
    e.preventDefault();
    clearRegion(errors);
    const chosen = file.files[0];
    const body = chosen ? await chosen.text() : text.value;
    // The server reads a FHIR Questionnaire by its file name; pasted text is named by what it holds.
    const pasted = /"resourceType"\s*:\s*"Questionnaire"/.test(body) ? 'upload.questionnaire.json' : 'upload.form.json';
    try {
      const d = await api.post(BASE, new Blob([body], { type: 'application/json' }),
        { query: { publish: publish.checked, name: chosen ? chosen.name : pasted } });
      showMessage(status, t('forms.uploaded', { outcome: t(`forms.outcome.${d.outcome}`) }));
      setTimeout(reload, 800);
    } catch (err) { showError(errors, err); }
  } } },
  h('h3', {}, t('forms.upload')),
  h('p', { id: 'forms-kinds' }, kinds.length
    ? t('forms.kinds', { kinds: kinds.map((k) => t(`forms.kind.${k}`)).join(', ') }) : t('forms.noKinds')),
  h('div', { class: 'field' }, h('label', { for: 'upload-file' }, t('forms.uploadFile')), file),
  h('div', { class: 'field' }, h('label', { for: 'upload-text' }, t('forms.uploadText')), text),
  h('div', { class: 'checkbox' }, publish, h('label', { for: 'upload-publish' }, t('forms.publishNow'))),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('forms.upload'))));

  container.replaceChildren(h('div', { class: 'forms-page' },
    errors, status,
    forms.length ? table('forms-table', t('forms.title'), [t('forms.form'), 'id', t('forms.version'), t('forms.kind'),
      t('forms.status'), t('forms.source'), t('forms.actions')], formRows) : h('p', {}, t('forms.none')),
    exported,
    isAdmin ? upload : null,
    h('h3', {}, t('forms.deployments')),
    table('deployments-table', t('forms.deployments'), [t('forms.at'), t('forms.source'), t('forms.file'),
      t('forms.form'), t('forms.outcome'), t('forms.errors')], depRows)));
}
