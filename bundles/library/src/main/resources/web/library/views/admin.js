// Admin: upload, folder import with progress, synonyms and zero-result queries.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { LANGS } from '/ui/kit.js';
import { TOPICS } from '../common.js';

export function adminPage(container, ctx) {
  const { t } = ctx;
  const error = errorRegion('library-admin-error');
  const status = statusRegion('library-admin-status');
  const progress = h('progress', { id: 'library-progress', class: 'library-progress', max: '1', value: '0', hidden: true });
  const progressText = h('p', { id: 'library-progress-text', role: 'status', 'aria-live': 'polite' });
  let pollTimer = null;

  const select = (id, values, labelKey, prefix) => h('div', { class: 'field' },
    h('label', { for: id }, t(labelKey)),
    h('select', { id, name: id }, values.map((v) => h('option', { value: v }, t(`${prefix}.${v}`)))));

  const file = h('input', { id: 'library-upload-file', type: 'file', accept: '.md,.html,.htm,.txt,.pdf', required: true });
  const topicSelect = h('select', { id: 'library-upload-topics', multiple: true, size: 5 },
    TOPICS.map((x) => h('option', { value: x }, t(`library.topic.${x}`))));
  const uploadForm = h('form', {
    id: 'library-upload-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        const f = file.files[0];
        if (!f) return;
        const query = {
          filename: f.name,
          language: uploadForm.querySelector('#library-upload-language').value,
          access: uploadForm.querySelector('#library-upload-access').value,
          evidence: uploadForm.querySelector('#library-upload-evidence').value,
          topics: [...topicSelect.selectedOptions].map((o) => o.value).join(','),
        };
        try {
          const doc = await ctx.api.post('/api/library/upload', f, { query });
          showMessage(status, t('library.uploaded', { title: doc.title }));
          status.dataset.id = doc.id;
          uploadForm.reset();
        } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.upload')),
  h('div', { class: 'field' }, h('label', { for: 'library-upload-file' }, t('library.file')), file),
  select('library-upload-language', LANGS, 'library.language', 'library.lang'),
  select('library-upload-access', ['all', 'trained', 'coordinator'], 'library.access', 'library.access'),
  select('library-upload-evidence', ['practice', 'peer-reviewed', 'guideline'], 'library.evidenceLabel', 'library.evidence'),
  h('div', { class: 'field' }, h('label', { for: 'library-upload-topics' }, t('library.topics')), topicSelect),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'library-upload-submit' }, t('library.uploadButton'))));

  function follow(job) {
    clearTimeout(pollTimer);
    progress.hidden = false;
    const show = (j) => {
      progress.max = Math.max(1, j.total);
      progress.value = j.done;
      progressText.textContent = t('library.jobLine', j);
      progressText.dataset.state = j.state;
    };
    show(job);
    const poll = async () => {
      try {
        const j = await ctx.api.get(`/api/library/jobs/${encodeURIComponent(job.id)}`, { background: true });
        show(j);
        if (j.state === 'running' || j.state === 'queued') pollTimer = setTimeout(poll, 400);
        else if (j.errors.length) showError(error, { detail: j.errors.join('; ') });
      } catch (err) { showError(error, err); }
    };
    pollTimer = setTimeout(poll, 300);
  }

  const folder = h('input', { id: 'library-import-folder', type: 'text', required: true });
  const importForm = h('form', {
    id: 'library-import-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        try { follow(await ctx.api.post('/api/library/import', { folder: folder.value })); } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.importFolder')),
  h('div', { class: 'field' }, h('label', { for: 'library-import-folder' }, t('library.folder')), folder),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button button-primary', id: 'library-import-submit' }, t('library.importButton')),
    h('button', {
      type: 'button', class: 'button', id: 'library-reindex',
      on: { click: async () => { try { follow(await ctx.api.post('/api/library/reindex')); } catch (err) { showError(error, err); } } },
    }, t('library.reindex'))),
  progress, progressText);

  const synonymList = h('ul', { id: 'library-synonyms' });
  const synonymInput = h('input', { id: 'library-synonym-terms', type: 'text', required: true });
  async function loadSynonyms() {
    const groups = await ctx.api.get('/api/library/synonyms');
    synonymList.replaceChildren(...groups.map((g) => h('li', {}, g.terms.join(', '), ' ',
      h('button', {
        type: 'button', class: 'button button-small',
        on: { click: async () => { try { await ctx.api.del(`/api/library/synonyms/${g.id}`); loadSynonyms(); } catch (err) { showError(error, err); } } },
      }, t('library.delete')))));
  }
  const synonymForm = h('form', {
    id: 'library-synonym-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        try {
          await ctx.api.post('/api/library/synonyms', { terms: synonymInput.value.split(',').map((s) => s.trim()).filter(Boolean) });
          synonymInput.value = '';
          loadSynonyms();
        } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.synonyms')),
  h('div', { class: 'field' }, h('label', { for: 'library-synonym-terms' }, t('library.synonymTerms')), synonymInput),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('library.addSynonyms'))),
  synonymList);

  const zeroBody = h('tbody');
  const zero = h('section', { class: 'section panel' },
    h('h3', {}, t('library.zeroResults')), h('p', { class: 'hint' }, t('library.zeroHint')),
    h('table', { id: 'library-zero-results', class: 'table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('library.query')), h('th', { scope: 'col' }, t('library.count')))),
      zeroBody));

  container.replaceChildren(
    h('p', {}, h('a', { href: '#/m/library' }, t('library.back'))),
    h('h2', {}, t('library.admin')), error, status, uploadForm, importForm, synonymForm, zero);
  loadSynonyms().catch((err) => showError(error, err));
  ctx.api.get('/api/library/zero-results').then((rows) => zeroBody.replaceChildren(
    ...rows.map((r) => h('tr', {}, h('td', {}, r.query), h('td', {}, String(r.count)))))).catch((err) => showError(error, err));
  return () => clearTimeout(pollTimer);
}
