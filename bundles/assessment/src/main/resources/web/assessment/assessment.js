// Assessment module UI: overview (new, list, due, timeline lookup), fill-in, printable report, timeline, forms admin.
// Sub-pages live in the hash query: #/m/assessment?page=fill&id=12

import { h, timeEl, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { moduleKit } from '/ui/kit.js';
import { addMessages } from '/ui/i18n.js';
import { renderForm } from '/ui/forms/renderer.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

const BASE = '/api/assessment';
const { query, go, link, table, stylesheet } = moduleKit('assessment');

export async function render(container, ctx) {
  stylesheet();
  const q = query();
  const page = q.get('page');
  const views = { fill: fillPage, report: reportPage, timeline: timelinePage, forms: formsPage, agreement: agreementPage };
  const view = views[page] || overview;
  await view(container, ctx, q);
}

// --- overview ---

async function overview(container, ctx) {
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
      ? h('p', {}, link(t('assessment.forms'), { page: 'forms' }, { id: 'forms-link' })) : null,
    errors,
    assesses ? h('div', { class: 'form-grid' }, newForm, timelineForm) : null,
    h('h3', {}, t('assessment.due')),
    due.length ? table('due-table', t('assessment.due'), headers, rows(due)) : h('p', { class: 'muted' }, t('assessment.noneDue')),
    h('h3', {}, t('assessment.mine')),
    list.length ? table('assessments-table', t('assessment.mine'), headers, rows(list))
      : h('p', { class: 'muted' }, t('assessment.none'))));
}

// --- fill in ---

async function fillPage(container, ctx, q) {
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

// --- printable report ---

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

async function reportPage(container, ctx, q) {
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

// --- timeline ---

function shownChange(s, ctx) {
  if (!s) return '—';
  if (s.unknown) return ctx.t('assessment.unknown');
  if (s.labels?.length) return s.labels.map((l) => ctx.label(l)).join(', ');
  return typeof s.value === 'boolean' ? ctx.t(s.value ? 'assessment.yes' : 'assessment.no') : String(s.value);
}

async function timelinePage(container, ctx, q) {
  const { t, api, label } = ctx;
  const caseCode = q.get('case') || '';
  const lines = await api.get(`${BASE}/timeline`, { query: { caseCode } });
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, `${t('assessment.timeline')} – ${caseCode}`),
    h('p', {}, link(t('assessment.back'), {})),
    lines.length ? null : h('p', { class: 'muted' }, t('assessment.none')),
    h('div', { id: 'timeline' }, lines.map((line) => h('section', { class: 'timeline-form', dataset: { test: `timeline-${line.formId}` } },
      h('h3', {}, label(line.title)),
      h('ol', { class: 'timeline' }, line.entries.map((e, i) => h('li', { class: 'timeline-entry', dataset: { test: `entry-${e.assessmentId}` } },
        h('p', {}, timeEl(e.submittedAt), ` · ${t('assessment.version')} ${e.formVersion} · ${e.author} · `,
          link(t('assessment.report'), { page: 'report', id: e.assessmentId })),
        i === 0 ? h('p', { class: 'muted' }, t('assessment.first'))
          : e.changes.length === 0 ? h('p', { class: 'muted' }, t('assessment.noChanges'))
            : h('table', { class: 'table table-compact timeline-changes' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('assessment.item')),
                h('th', { scope: 'col' }, t('assessment.before')), h('th', { scope: 'col' }, t('assessment.after')))),
              h('tbody', {}, e.changes.map((c) => h('tr', { dataset: { test: `change-${c.item}` } },
                h('th', { scope: 'row' }, label(c.label)), h('td', {}, shownChange(c.before, ctx)),
                h('td', {}, shownChange(c.after, ctx))))))))))))));
}

// --- two raters ---

async function agreementPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const errors = errorRegion('agreement-error');
  let r = null;
  try {
    r = await api.get(`${BASE}/assessments/${q.get('id')}/agreement`);
  } catch (err) {
    showError(errors, err);
  }
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, t('assessment.agreement')),
    h('p', {}, link(t('assessment.back'), {})),
    errors,
    r ? h('p', { id: 'agreement-figure' }, t('assessment.agreementFigure', {
      share: Math.round(r.agreement * 100), n: r.compared,
      kappa: r.kappa == null ? '–' : r.kappa.toFixed(2) })) : null,
    r ? h('table', { class: 'table table-compact', id: 'agreement-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('assessment.item')),
        h('th', { scope: 'col' }, t('assessment.rater1')), h('th', { scope: 'col' }, t('assessment.rater2')),
        h('th', { scope: 'col' }, t('assessment.agree')))),
      h('tbody', {}, r.items.map((i) => h('tr', { class: i.agree ? '' : 'deployment-refused' },
        h('th', { scope: 'row' }, label(i.label)), h('td', {}, shownChange(i.first, ctx)),
        h('td', {}, shownChange(i.second, ctx)), h('td', {}, i.agree ? t('assessment.yes') : t('assessment.no')))))) : null));
}

// --- forms admin ---

async function formsPage(container, ctx) {
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
