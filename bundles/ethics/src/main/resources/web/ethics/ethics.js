// Ethics module UI: overview (guideline banner, due list, start a checklist, checklists), fill-in with comments,
// sign and countersign, disclosure log, printable course report, guidelines, admin settings.
// Sub-pages live in the hash query: #/m/ethics?page=fill&id=12

import { h, timeEl, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { moduleKit, LANGS } from '/ui/kit.js';
import { addMessages, formatDateTime, roleName } from '/ui/i18n.js';
import { visibleItems } from '/ui/forms/visibility.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

const BASE = '/api/ethics';
const { query, go, link, table, stylesheet } = moduleKit('ethics');
const BASES = ['consent', 'fvl13-exception', 'strl196-averting', 'court-order', 'other'];

export async function render(container, ctx) {
  stylesheet();
  const q = query();
  const views = { fill: fillPage, disclosures: disclosuresPage, report: reportPage, guidelines: guidelinesPage, admin: adminPage };
  await (views[q.get('page')] || overview)(container, ctx, q);
}

function nav(ctx) {
  const { t } = ctx;
  const admin = ctx.user.roles.includes('admin');
  return h('p', { class: 'ethics-nav no-print' },
    link(t('ethics.overview'), {}), ' · ', link(t('ethics.disclosures'), { page: 'disclosures' }, { id: 'ethics-nav-disclosures' }),
    ' · ', link(t('ethics.guidelines'), { page: 'guidelines' }, { id: 'ethics-nav-guidelines' }),
    admin ? [' · ', link(t('ethics.admin'), { page: 'admin' }, { id: 'ethics-nav-admin' })] : null);
}

/** Case codes to pick from, when the registry is installed (it filters by the caller's access). */
function caseCodes(ctx, input, id) {
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

function subjectLabel(subject) {
  return subject.startsWith('course:') ? subject.slice(7) : subject;
}

// --- overview ---

async function overview(container, ctx) {
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

// --- fill in, sign, countersign ---

function checklistItems(def, answers, readOnly, t, label, onChange) {
  const wrappers = new Map();
  const apply = () => {
    const visible = visibleItems(def, answers);
    for (const [id, el] of wrappers) el.hidden = !visible.has(id);
  };
  const sections = def.sections.map((s) => h('fieldset', { class: 'ethics-section' },
    h('legend', {}, label(s.title)),
    s.items.map((item) => {
      let body;
      if (item.type === 'display') {
        body = h('div', { class: 'ethics-display' }, String(label(item.text) || label(item.label) || '').split(/\n\n+/).map((p) => h('p', {}, p)));
      } else {
        const a = answers[item.id] || {};
        const choices = item.type === 'yesno' ? [{ value: true, text: t('ethics.yes') }, { value: false, text: t('ethics.no') }]
          : (item.options || []).map((o) => ({ value: o.value, text: label(o.label) }));
        const group = h('div', { class: 'form-choices', role: 'radiogroup', 'aria-labelledby': `label-${item.id}` },
          choices.map((c, i) => {
            const id = `f-${item.id}-${i}`;
            return h('div', { class: 'checkbox' },
              h('input', { id, type: 'radio', name: `answers.${item.id}`, value: String(c.value), checked: a.value === c.value,
                disabled: readOnly, dataset: { test: `choice-${item.id}-${String(c.value)}` },
                on: { change: () => { answers[item.id] = { ...(answers[item.id] || {}), value: c.value }; apply(); onChange(); } } }),
              h('label', { for: id }, c.text));
          }));
        const comment = h('textarea', { id: `comment-${item.id}`, name: `answers.${item.id}.comment`, rows: 2, maxlength: 2000,
          readOnly, dataset: { test: `comment-${item.id}` },
          on: { input: (e) => { answers[item.id] = { ...(answers[item.id] || {}), comment: e.target.value }; onChange(); } } });
        comment.value = a.comment || '';
        body = [
          h('p', { id: `label-${item.id}`, class: 'ethics-item-label' }, label(item.label), item.required ? h('span', { class: 'visually-hidden' }, ' *') : null),
          item.help ? h('p', { class: 'hint' }, label(item.help)) : null,
          group,
          h('div', { class: 'field ethics-comment' }, h('label', { for: `comment-${item.id}` }, t('ethics.comment')), comment)];
      }
      const wrap = h('div', { class: 'field ethics-item', id: `item-${item.id}`, dataset: { test: `item-${item.id}` } }, body);
      wrappers.set(item.id, wrap);
      return wrap;
    })));
  apply();
  return sections;
}

async function fillPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const id = q.get('id');
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const view = await api.get(`${BASE}/completions/${id}`);
  const s = view.summary;
  const editable = view.mine && s.status === 'draft';
  const answers = structuredClone(view.answers || {});
  let version = s.version;
  const items = checklistItems(view.form, answers, !editable, t, label, () => clearRegion(status));
  const body = () => ({ version, answers });
  const save = async (sign) => {
    clearRegion(errors);
    clearRegion(status);
    try {
      const saved = sign ? await api.post(`${BASE}/completions/${id}/sign`, body())
        : await api.put(`${BASE}/completions/${id}`, body());
      version = saved.summary.version;
      if (sign) go({ page: 'fill', id, signed: '1' }); else showMessage(status, t('ethics.saved'));
    } catch (err) { showError(errors, err); }
  };
  const signInfo = [
    s.signedAt ? h('p', { id: 'ethics-signed-by' }, t('ethics.signedBy', { who: s.signedBy, when: formatDateTime(s.signedAt) })) : null,
    s.countersignedAt ? h('p', { id: 'ethics-countersigned-by' }, t('ethics.countersignedBy', { who: s.countersignedBy,
      role: roleName(s.countersignedRole), when: formatDateTime(s.countersignedAt) })) : null,
    view.countersignComment ? h('p', {}, view.countersignComment) : null];
  const csComment = h('textarea', { id: 'ethics-countersign-comment', rows: 2, maxlength: 2000 });
  const countersign = view.mayCountersign ? h('form', { class: 'form panel no-print', id: 'ethics-countersign-form',
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        await api.post(`${BASE}/completions/${id}/countersign`, { version, comment: csComment.value });
        go({ page: 'fill', id, countersigned: '1' });
      } catch (err) { showError(errors, err); }
    } } },
  h('div', { class: 'field' }, h('label', { for: 'ethics-countersign-comment' }, t('ethics.countersignComment')), csComment),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-countersign' }, t('ethics.countersign'))))
    : null;
  const actions = editable ? h('div', { class: 'actions no-print' },
    h('button', { type: 'button', class: 'button', id: 'ethics-save', on: { click: () => save(false) } }, t('ethics.saveDraft')),
    h('button', { type: 'button', class: 'button button-primary', id: 'ethics-sign', on: { click: () => save(true) } }, t('ethics.sign')),
    h('p', { class: 'hint' }, t('ethics.signHint'))) : null;
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, label(view.form.title)), nav(ctx),
    h('p', {}, `${t('ethics.subject')}: ${s.label} · ${view.form.id} ${s.formVersion} · `,
      h('strong', { id: 'ethics-status', dataset: { status: s.status } }, t(`ethics.status.${s.status}`))),
    view.form.description ? h('p', { class: 'hint' }, label(view.form.description)) : null,
    errors, status, signInfo,
    h('form', { class: 'form', id: 'ethics-fill', novalidate: true, on: { submit: (e) => e.preventDefault() } }, items, actions),
    countersign,
    s.subject.startsWith('course:') ? h('p', {}, link(t('ethics.showReport'), { page: 'report', course: subjectLabel(s.subject) })) : null));
  if (q.get('countersigned')) showMessage(status, t('ethics.countersigned'));
}

// --- disclosures ---

function disclosureRows(ctx, list) {
  const { t } = ctx;
  return list.map((d) => h('tr', { dataset: { test: `disclosure-${d.id}` } },
    h('td', {}, String(d.id)), h('td', {}, d.disclosedAt), h('td', {}, d.caseCode), h('td', {}, d.recipient), h('td', {}, d.what),
    h('td', {}, t(`ethics.basis.${d.legalBasis}`), d.legalBasisText ? h('div', { class: 'hint' }, d.legalBasisText) : null),
    h('td', {}, d.decidedBy),
    h('td', {}, d.recordedBy, d.corrects ? h('div', { class: 'hint' }, t('ethics.correctionOf', { id: d.corrects }), d.correctionReason ? `: ${d.correctionReason}` : '') : null,
      d.correctedBy ? h('div', { class: 'badge' }, t('ethics.correctedBy', { id: d.correctedBy })) : null)));
}

function disclosureHeaders(t) {
  return ['#', t('ethics.disclosedAt'), t('ethics.caseCode'), t('ethics.recipient'), t('ethics.whatShared'), t('ethics.legalBasis'),
    t('ethics.decidedBy'), t('ethics.recordedBy')];
}

async function disclosuresPage(container, ctx, q) {
  const { t, api } = ctx;
  const course = q.get('course') || '';
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const list = await api.get(`${BASE}/disclosures`, course ? { query: { course } } : undefined);
  const input = (id, attrs = {}) => h('input', { id: `d-${id}`, name: id, ...attrs });
  const fields = {
    caseCode: input('caseCode', { value: course, autocomplete: 'off' }),
    disclosedAt: input('disclosedAt', { type: 'date', value: new Date().toISOString().slice(0, 10) }),
    recipient: input('recipient', { 'aria-describedby': 'd-recipient-hint' }),
    what: h('textarea', { id: 'd-what', name: 'what', rows: 3, maxlength: 4000 }),
    legalBasis: h('select', { id: 'd-legalBasis', name: 'legalBasis' }, BASES.map((b) => h('option', { value: b }, t(`ethics.basis.${b}`)))),
    legalBasisText: h('textarea', { id: 'd-legalBasisText', name: 'legalBasisText', rows: 2, maxlength: 2000, 'aria-describedby': 'd-basis-hint' }),
    decidedBy: input('decidedBy', { value: ctx.user.displayName || ctx.user.username }),
    corrects: input('corrects', { inputmode: 'numeric' }),
    correctionReason: input('correctionReason'),
  };
  const f = (key, text, hint) => h('div', { class: 'field' }, h('label', { for: fields[key].id }, text),
    hint ? h('p', { class: 'hint', id: hint.id }, hint.text) : null, fields[key]);
  const form = h('form', { class: 'form panel', id: 'ethics-disclosure-form', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      const body = Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value.trim() || null]));
      body.corrects = body.corrects ? Number(body.corrects) : null;
      try {
        await api.post(`${BASE}/disclosures`, body);
        go({ page: 'disclosures', course: body.caseCode || '', recorded: '1' });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('ethics.newDisclosure')),
  f('caseCode', t('ethics.caseCode')), caseCodes(ctx, fields.caseCode, 'ethics-disclosure-codes'), f('disclosedAt', t('ethics.disclosedAt')),
  f('recipient', t('ethics.recipient'), { id: 'd-recipient-hint', text: t('ethics.recipientHint') }),
  f('what', t('ethics.whatShared')), f('legalBasis', t('ethics.legalBasis')),
  f('legalBasisText', t('ethics.legalBasisText'), { id: 'd-basis-hint', text: t('ethics.legalBasisHint') }),
  f('decidedBy', t('ethics.decidedBy')), f('corrects', t('ethics.corrects')), f('correctionReason', t('ethics.correctionReason')),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-disclosure-save' }, t('ethics.record'))));
  const mayRecord = ctx.user.roles.some((r) => r !== 'admin');
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.disclosures')), nav(ctx), errors, status,
    mayRecord ? form : null,
    list.length ? table('ethics-disclosures', t('ethics.disclosures'), disclosureHeaders(t), disclosureRows(ctx, list)) : h('p', {}, t('ethics.none')),
    course ? h('p', {}, link(t('ethics.showReport'), { page: 'report', course }, { id: 'ethics-to-report' })) : null));
  if (q.get('recorded')) showMessage(status, t('ethics.recorded'));
}

// --- course report ---

function answerText(ctx, item, a) {
  const { t, label } = ctx;
  if (!a || a.value === undefined || a.value === null) return '–';
  if (a.value === true) return t('ethics.yes');
  if (a.value === false) return t('ethics.no');
  const o = (item.options || []).find((x) => x.value === a.value);
  return o ? label(o.label) : String(a.value);
}

async function reportPage(container, ctx, q) {
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

// --- guidelines ---

/** The guideline text is plain Markdown-like text: "## " lines become headings, blank lines split paragraphs. */
function guidelineText(text) {
  return String(text || '').split(/\n\s*\n/).map((block) => {
    const b = block.trim();
    if (b.startsWith('## ')) return h('h4', {}, b.slice(3));
    if (b.startsWith('# ')) return h('h3', {}, b.slice(2));
    return h('p', {}, b.replace(/^\*(.*)\*$/s, '$1'));
  });
}

async function guidelinesPage(container, ctx) {
  const { t, api, lang } = ctx;
  const errors = errorRegion('ethics-error');
  const g = await api.get(`${BASE}/guidelines`);
  const admin = ctx.user.roles.includes('admin');
  const seesAcceptances = admin || ctx.user.roles.includes('coordinator');
  const acceptances = seesAcceptances && g.version ? await api.get(`${BASE}/guidelines/acceptances`, { query: { version: g.version } }) : [];
  const accept = g.version && !g.accepted ? h('button', { type: 'button', class: 'button button-primary', id: 'ethics-accept',
    on: { click: async () => {
      try { await api.post(`${BASE}/guidelines/${g.version}/accept`, {}); go({ page: 'guidelines' }); } catch (err) { showError(errors, err); }
    } } }, t('ethics.accept'))
    : g.accepted ? h('p', { id: 'ethics-accepted' }, t('ethics.accepted', { when: formatDateTime(g.acceptedAt) })) : null;
  const texts = LANGS.map((l) => {
    const area = h('textarea', { id: `ethics-text-${l}`, name: `text.${l}`, rows: 10 });
    area.value = g.text?.[l] || '';
    return [l, area];
  });
  const note = h('input', { id: 'ethics-note', name: 'note' });
  const publish = admin ? h('form', { class: 'form panel no-print', id: 'ethics-publish-form', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        await api.post(`${BASE}/guidelines`, { currentVersion: g.version || 0, note: note.value,
          text: Object.fromEntries(texts.map(([l, area]) => [l, area.value])) });
        go({ page: 'guidelines' });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('ethics.newVersion')), h('p', { class: 'hint' }, t('ethics.newVersionHint')),
  texts.map(([l, area]) => h('div', { class: 'field' }, h('label', { for: area.id }, t(`ethics.text.${l}`)), area)),
  h('div', { class: 'field' }, h('label', { for: 'ethics-note' }, t('ethics.note')), note),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'ethics-publish' }, t('ethics.publish')))) : null;
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.guidelines')), nav(ctx), errors,
    g.version ? h('p', {}, t('ethics.version', { version: g.version }), ' · ', timeEl(g.publishedAt)) : h('p', {}, t('ethics.none')),
    h('article', { class: 'ethics-guidelines', id: 'ethics-guideline-text' }, guidelineText(g.text?.[lang] || g.text?.nb)),
    accept,
    seesAcceptances && g.version ? h('section', {}, h('h3', {}, t('ethics.acceptances')),
      acceptances.length ? table('ethics-acceptances', t('ethics.acceptances'), [t('ethics.user'), t('ethics.when')],
        acceptances.map((a) => h('tr', {}, h('td', {}, a.username), h('td', {}, timeEl(a.acceptedAt))))) : h('p', {}, t('ethics.none'))) : null,
    publish));
}

// --- admin: requirements ---

async function adminPage(container, ctx) {
  const { t, api, label } = ctx;
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const [req, checklists] = await Promise.all([api.get(`${BASE}/requirements`), api.get(`${BASE}/checklists`)]);
  const ids = [...new Map(checklists.map((c) => [c.id, c])).values()];
  let version = req.version;
  const boxes = ids.map((c) => h('div', { class: 'checkbox' },
    h('input', { type: 'checkbox', id: `req-${c.id}`, name: 'required', value: c.id, checked: req.required.includes(c.id),
      dataset: { test: `required-${c.id}` } }),
    h('label', { for: `req-${c.id}` }, `${label(c.title)} (${t(`ethics.applies.${c.appliesTo}`)}, ${t(`ethics.stage.${c.stage}`)})`)));
  const form = h('form', { class: 'form panel', id: 'ethics-requirements-form',
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      clearRegion(status);
      const required = [...form.querySelectorAll('input[name=required]:checked')].map((el) => el.value);
      try {
        const saved = await api.put(`${BASE}/requirements`, { required, version });
        version = saved.version;
        showMessage(status, t('ethics.requirementsSaved'));
      } catch (err) { showError(errors, err); }
    } } },
  h('fieldset', {}, h('legend', {}, t('ethics.requirements')), h('p', { class: 'hint' }, t('ethics.requirementsHint')), boxes),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-requirements-save' }, t('ethics.saveRequirements'))));
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.admin')), nav(ctx), errors, status, form,
    h('h3', {}, t('ethics.checklist')),
    table('ethics-checklists', t('ethics.checklist'), ['id', t('ethics.checklist'), t('ethics.appliesTo'), t('ethics.stage'), t('ethics.status')],
      checklists.map((c) => h('tr', {}, h('td', {}, `${c.id} ${c.version}`), h('td', {}, label(c.title)),
        h('td', {}, t(`ethics.applies.${c.appliesTo}`)), h('td', {}, t(`ethics.stage.${c.stage}`)), h('td', {}, t(`ethics.status.${c.status}`)))))));
}

/** A registry course status in words; a status this module does not know is shown as its code. */
function courseStatus(code, t) {
  const key = `ethics.courseStatus.${code}`;
  const text = t(key);
  return text === key ? code : text;
}
