// Mentor registry UI: mentor list with filters, mentor page with eligibility, matching with reasons and
// exclusions, course page with the session log. Sub-pages live in the hash query (#/m/registry?page=...).

import { addMessages } from '/ui/i18n.js';
import {
  h, errorRegion, statusRegion, showError, showMessage, clearRegion, markFieldErrors, clearFieldErrors,
  beginBusy, endBusy, tableWrap, timeEl,
} from '/ui/dom.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

const TARGET_GROUPS = ['at-risk', 'in-process', 'extremist-network', 'returned-fighter', 'child-of-fighter', 'relatives'];
const LEVELS = ['individual', 'family', 'system'];
const NETWORKS = { vest: 'RVTS Vest', midt: 'RVTS Midt', nord: 'RVTS Nord', sor: 'RVTS Sør', ost: 'RVTS Øst' };
const GENDERS = ['female', 'male', 'other'];
const KINDS = ['meeting', 'family', 'phone', 'network', 'other'];
const PAGES = ['mentors', 'match', 'courses', 'due'];

const link = (query) => `#/m/registry?${new URLSearchParams(query)}`;
const query = () => new URLSearchParams(location.hash.split('?')[1] ?? '');
const coordinates = (ctx) => ctx.user.roles.includes('coordinator') || ctx.user.roles.includes('admin');

function ensureStylesheet() {
  if (!document.querySelector('link[data-registry-css]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/ui/registry/registry.css', 'data-registry-css': '' }));
  }
}

function select(id, label, values, labelOf, { value, anyLabel } = {}) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id },
      anyLabel ? h('option', { value: '' }, anyLabel) : null,
      values.map((v) => h('option', { value: v, selected: v === value }, labelOf(v)))));
}

function input(id, label, attrs = {}) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, ...attrs }));
}

function table(id, caption, headers, rows) {
  return tableWrap(h('table', { id, class: 'table' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows)), caption);
}

function subnav(ctx, current) {
  const t = ctx.t;
  const pages = coordinates(ctx) ? PAGES : ['mentors', 'courses', 'due'];
  return h('nav', { class: 'registry-subnav', 'aria-label': t('registry.nav.label') },
    h('ul', { class: 'nav-list' }, pages.map((p) => h('li', {},
      h('a', { href: link({ page: p }), 'aria-current': p === current ? 'page' : null, 'data-test': `registry-nav-${p}` },
        t(`registry.nav.${p}`))))));
}

export async function render(container, ctx) {
  ensureStylesheet();
  const q = query();
  const page = q.get('page') || 'mentors';
  const error = errorRegion('registry-error');
  const body = h('div', { id: `registry-page-${page}` });
  container.replaceChildren(subnav(ctx, page), error, body);
  const views = {
    mentors: mentorList, mentor: mentorPage, 'mentor-edit': mentorFormPage, match: matchPage, courses: courseList,
    course: coursePage, due: duePage,
  };
  try {
    await (views[page] ?? mentorList)(body, ctx, q, error);
  } catch (err) {
    showError(error, err);
  }
}

// --- mentors ---

async function mentorList(body, ctx, q, error) {
  const t = ctx.t;
  const form = h('form', { id: 'registry-filter', class: 'form form-grid' },
    input('q', t('registry.filter.q'), { type: 'search', value: q.get('q') ?? '' }),
    select('network', t('registry.field.network'), Object.keys(NETWORKS), (k) => NETWORKS[k],
      { value: q.get('network'), anyLabel: t('registry.filter.any') }),
    select('status', t('registry.field.status'), ['active', 'paused', 'left'], (s) => t(`registry.status.${s}`),
      { value: q.get('status'), anyLabel: t('registry.filter.any') }),
    input('language', t('registry.field.language'), { value: q.get('language') ?? '', size: 4 }),
    input('competence', t('registry.field.competence'), { value: q.get('competence') ?? '' }),
    h('div', { class: 'field checkbox' },
      h('input', { type: 'checkbox', id: 'eligible', name: 'eligible', value: 'true', checked: q.get('eligible') === 'true' }),
      h('label', { for: 'eligible' }, t('registry.filter.eligibleOnly'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('registry.filter.apply'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = { page: 'mentors' };
    for (const [k, v] of new FormData(form)) if (v) params[k] = v;
    location.hash = link(params);
  });
  const filter = {};
  for (const key of ['q', 'network', 'status', 'language', 'competence', 'eligible']) if (q.get(key)) filter[key] = q.get(key);
  body.append(h('h2', {}, t('registry.mentors.title')),
    coordinates(ctx) ? h('p', {}, h('a', { href: link({ page: 'mentor-edit' }), class: 'button', id: 'registry-new-mentor' },
      t('registry.mentor.new'))) : null,
    h('section', { class: 'panel' }, h('h3', {}, t('registry.filter.title')), form));
  const list = await ctx.api.get('/api/registry/mentors', { query: filter });
  body.append(h('p', { class: 'muted', id: 'registry-count' }, String(list.length)),
    list.length === 0 ? h('p', {}, t('registry.empty')) : table('registry-mentors', t('registry.mentors.title'),
      [t('registry.field.name'), t('registry.field.municipality'), t('registry.field.network'), t('registry.field.age'),
        t('registry.field.languages'), t('registry.field.competences'), t('registry.field.load'), t('registry.field.eligible')],
      list.map((m) => h('tr', { 'data-mentor': m.id },
        h('th', { scope: 'row' }, h('a', { href: link({ page: 'mentor', id: m.id }) }, m.name)),
        h('td', {}, m.municipality), h('td', {}, NETWORKS[m.network] ?? m.network), h('td', {}, m.age ?? ''),
        h('td', {}, m.languages.join(', ')), h('td', {}, m.competences.join(', ')),
        h('td', {}, `${m.activeCourses}/${m.capacity}`),
        h('td', {}, h('span', { class: ['badge', m.eligible ? 'badge-ok' : 'badge-off'] },
          t(m.eligible ? 'registry.yes' : 'registry.no')))))));
}

async function mentorPage(body, ctx, q) {
  const t = ctx.t;
  const id = q.get('id');
  const [m, report, supervision] = await Promise.all([
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}`),
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}/eligibility`),
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}/supervision`),
  ]);
  const p = m.profile;
  const row = (label, value) => (value === undefined || value === null || value === '' ? null
    : h('div', {}, h('dt', {}, label), h('dd', {}, String(value))));
  body.append(
    h('h2', { id: 'registry-mentor-name' }, p.name),
    coordinates(ctx) ? h('p', {}, h('a', { href: link({ page: 'mentor-edit', id }), class: 'button', id: 'registry-edit-mentor' },
      t('registry.mentor.edit'))) : null,
    h('section', { class: 'panel' }, h('h3', {}, t('registry.mentor.profile')), h('dl', { class: 'details' },
      row(t('registry.field.status'), t(`registry.status.${p.status}`)),
      row(t('registry.field.organisation'), p.organisation),
      row(t('registry.field.employment'), p.employment?.model),
      row(t('registry.field.municipality'), `${p.municipality}${p.county ? `, ${p.county}` : ''}`),
      row(t('registry.field.network'), NETWORKS[p.network]),
      row(t('registry.field.age'), m.age),
      row(t('registry.field.gender'), p.gender ? t(`registry.gender.${p.gender}`) : null),
      row(t('registry.field.languages'), p.languages.map((l) => `${l.code} (${l.level})`).join(', ')),
      row(t('registry.field.competences'), p.competences.join(', ')),
      row(t('registry.field.interests'), [...p.interests, ...p.experiences].join(', ')),
      row(t('registry.field.training'), p.training ? `${p.training.cohort ?? ''} ${p.training.certifiedOn ?? ''}` : null),
      row(t('registry.field.certificate'), p.policeCertificate
        ? `${p.policeCertificate.type}, ${p.policeCertificate.issuedOn}, ${p.policeCertificate.seenBy}` : null),
      row(t('registry.field.load'), `${m.activeCourses}/${p.capacity}`),
      row(t('registry.field.login'), m.username),
      row(t('registry.field.supervisorUser'), m.supervisorUsername),
      row(t('registry.field.background'), p.background),
      row(t('registry.field.belonging'), p.belonging))),
    h('section', { class: 'panel' }, h('h3', {}, t('registry.mentor.eligibility')),
      h('p', { id: 'registry-eligible' }, h('span', { class: ['badge', report.eligible ? 'badge-ok' : 'badge-off'] },
        t(report.eligible ? 'registry.yes' : 'registry.no'))),
      table('registry-eligibility', t('registry.mentor.eligibility'),
        [t('registry.check.code'), t('registry.check.outcome'), t('registry.check.detail'), t('registry.check.due')],
        report.checks.map((c) => h('tr', { 'data-check': c.code, class: `outcome-${c.outcome}` },
          h('th', { scope: 'row' }, t(`registry.gate.${c.code}`)), h('td', {}, t(`registry.outcome.${c.outcome}`)),
          h('td', { title: c.detail }, t(`registry.why.${c.code}.${c.outcome}`)), h('td', {}, c.dueOn ?? ''))))),
    supervisionSection(ctx, id, supervision));
}

/** Supervision sessions, and a form for coordinators and the mentor's supervisor (the API decides who may). */
function supervisionSection(ctx, id, sessions) {
  const t = ctx.t;
  const list = h('ul', { id: 'registry-supervision' });
  const draw = (items) => list.replaceChildren(...(items.length === 0 ? [h('li', {}, t('registry.empty'))]
    : items.map((s) => h('li', {}, `${s.date} · ${s.supervisor} · ${t(`registry.form.${s.form}`)}${s.topics ? ` · ${s.topics}` : ''}`))));
  draw(sessions);
  const section = h('section', { class: 'panel' }, h('h3', {}, t('registry.mentor.supervision')), list);
  const roles = ctx.user.roles;
  if (!(coordinates(ctx) || roles.includes('supervisor'))) return section;
  const error = errorRegion('registry-supervision-error');
  const form = h('form', { id: 'registry-supervision-form', class: 'form form-grid', novalidate: true },
    input('sup-date', t('registry.field.date'), { type: 'date', name: 'date', value: new Date().toISOString().slice(0, 10) }),
    input('sup-supervisor', t('registry.field.supervisor'), { name: 'supervisor', value: ctx.user.displayName }),
    select('sup-form', t('registry.field.form'), ['individual', 'group'], (f) => t(`registry.form.${f}`)),
    input('sup-topics', t('registry.field.topics'), { name: 'topics' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('registry.supervision.add'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (!beginBusy(button)) return;
    clearRegion(error);
    const f = new FormData(form);
    try {
      await ctx.api.post(`/api/registry/mentors/${encodeURIComponent(id)}/supervision`, {
        date: f.get('date') || null, supervisor: f.get('supervisor') || null, form: f.get('sup-form'),
        topics: f.get('topics') || null,
      });
      draw(await ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}/supervision`));
      form.elements.namedItem('topics').value = '';
    } catch (err) {
      showError(error, err);
    } finally {
      endBusy(button);
    }
  });
  section.append(error, form);
  return section;
}

// --- mentor form (coordinators) ---

const ORG_TYPES = ['municipality', 'ngo', 'faith-community', 'police', 'other'];
const EMPLOYMENT = ['municipal-hours', 'mentor-bank', 'dedicated-position'];
const EMPLOYMENT_DETAILS = {
  'municipal-hours': ['employment.hoursPerWeek'],
  'mentor-bank': ['employment.contractFrom', 'employment.contractTo'],
  'dedicated-position': ['employment.positionPercent'],
};
const LANGUAGE_LEVELS = ['basic', 'fluent', 'native'];

/** Form controls are named by the API's field paths, so a 400's errors[].field finds its control. */
const fieldId = (name) => `mf-${name.replace(/\./g, '-')}`;

function field(name, label, attrs = {}, hint = null) {
  const id = fieldId(name);
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    hint ? h('p', { class: 'muted', id: `${id}-hint` }, hint) : null,
    h('input', { id, name, 'aria-describedby': hint ? `${id}-hint` : null, ...attrs }));
}

function choice(name, label, values, labelOf, value, emptyLabel) {
  return h('div', { class: 'field' }, h('label', { for: fieldId(name) }, label),
    h('select', { id: fieldId(name), name },
      emptyLabel !== undefined ? h('option', { value: '' }, emptyLabel) : null,
      values.map((v) => h('option', { value: v, selected: v === value }, labelOf(v)))));
}

function area(name, label, value, hint) {
  const id = fieldId(name);
  return h('div', { class: 'field form-grid-full' }, h('label', { for: id }, label),
    hint ? h('p', { class: 'muted', id: `${id}-hint` }, hint) : null,
    h('textarea', { id, name, rows: 2, 'aria-describedby': hint ? `${id}-hint` : null }, value ?? ''));
}

const group = (legend, ...children) => h('fieldset', { class: 'registry-fieldset form-grid-full' },
  h('legend', {}, legend), h('div', { class: 'form-grid' }, children));

/** "ar:native, nb:fluent" ⇄ [{code, level}]; a code without a level counts as fluent. */
const languagesText = (ls) => ls.map((l) => `${l.code}:${l.level}`).join(', ');
const parseLanguages = (text) => String(text ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => {
  const [code, level] = x.split(':').map((y) => y.trim().toLowerCase());
  return { code, level: level || 'fluent' };
});

async function accountOptions(ctx, role) {
  try {
    return await ctx.api.get('/api/registry/accounts', { query: { role } });
  } catch {
    return [];
  }
}

async function mentorFormPage(body, ctx, q) {
  const t = ctx.t;
  const id = q.get('id');
  const [current, mentorsAccounts, supervisorAccounts] = await Promise.all([
    id ? ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}`) : null,
    accountOptions(ctx, 'mentor'), accountOptions(ctx, 'supervisor'),
  ]);
  const p = current?.profile ?? { languages: [], interests: [], experiences: [], competences: [], conflicts: [], status: 'active', capacity: 2 };
  const e = p.employment ?? { model: 'municipal-hours' };
  const cert = p.policeCertificate ?? {};
  const training = p.training ?? {};
  const val = (v) => (v === null || v === undefined ? '' : String(v));
  const accountSelect = (name, label, accounts, value) => h('div', { class: 'field' },
    h('label', { for: fieldId(name) }, label),
    h('select', { id: fieldId(name), name },
      h('option', { value: '' }, t('registry.form.none')),
      accounts.map((a) => h('option', { value: a.userId, selected: a.userId === value }, `${a.displayName} (${a.username})`))));

  const error = errorRegion('registry-mentor-form-error');
  const form = h('form', { id: 'registry-mentor-form', class: 'form form-grid', novalidate: true },
    group(t('registry.form.person'),
      field('name', t('registry.field.name'), { value: val(p.name), required: true }),
      field('email', t('registry.field.email'), { type: 'email', value: val(p.email) }),
      field('phone', t('registry.field.phone'), { type: 'tel', value: val(p.phone) }),
      field('birthYear', t('registry.field.birthYear'), { type: 'number', min: 1900, max: 2100, value: val(p.birthYear) }),
      choice('gender', t('registry.field.gender'), GENDERS, (g) => t(`registry.gender.${g}`), p.gender, t('registry.form.unstated')),
      field('languages', t('registry.field.languages'), { value: languagesText(p.languages) }, t('registry.form.languagesHint'))),
    group(t('registry.form.organisation'),
      field('organisation', t('registry.field.organisation'), { value: val(p.organisation) }),
      choice('organisationType', t('registry.field.organisationType'), ORG_TYPES, (o) => t(`registry.org.${o}`), p.organisationType),
      choice('employment.model', t('registry.field.employment'), EMPLOYMENT, (m) => t(`registry.employment.${m}`), e.model),
      field('employment.hoursPerWeek', t('registry.field.hoursPerWeek'), { type: 'number', min: 1, max: 40, value: val(e.hoursPerWeek) }),
      field('employment.contractFrom', t('registry.field.contractFrom'), { type: 'date', value: val(e.contractFrom) }),
      field('employment.contractTo', t('registry.field.contractTo'), { type: 'date', value: val(e.contractTo) }),
      field('employment.positionPercent', t('registry.field.positionPercent'), { type: 'number', min: 1, max: 100, value: val(e.positionPercent) })),
    group(t('registry.form.place'),
      field('municipality', t('registry.field.municipality'), { value: val(p.municipality), required: true }),
      field('county', t('registry.field.county'), { value: val(p.county) }),
      choice('network', t('registry.field.network'), Object.keys(NETWORKS), (k) => NETWORKS[k], p.network)),
    // Only coordinators see (and so may write) these; for an admin the API keeps what is stored.
    !ctx.user.roles.includes('coordinator') ? null : group(t('registry.form.sensitive'),
      h('p', { class: 'notice form-grid-full', id: 'registry-sensitive-note' }, t('registry.form.sensitiveNote')),
      area('background', t('registry.field.background'), p.background),
      area('belonging', t('registry.field.belonging'), p.belonging)),
    group(t('registry.form.experience'),
      field('interests', t('registry.field.interestsOnly'), { value: p.interests.join(', ') }, t('registry.form.tagsHint')),
      field('experiences', t('registry.field.experiences'), { value: p.experiences.join(', ') }, t('registry.form.tagsHint')),
      field('competences', t('registry.field.competences'), { value: p.competences.join(', ') }, t('registry.form.tagsHint'))),
    group(t('registry.field.training'),
      field('training.cohort', t('registry.field.cohort'), { value: val(training.cohort), placeholder: '2024-05' }),
      h('div', { class: 'field checkbox' },
        h('input', { type: 'checkbox', id: fieldId('training.completed'), name: 'training.completed', value: 'true', checked: !!training.completed }),
        h('label', { for: fieldId('training.completed') }, t('registry.field.trainingCompleted'))),
      field('training.certifiedOn', t('registry.field.certifiedOn'), { type: 'date', value: val(training.certifiedOn) })),
    group(t('registry.field.certificate'),
      h('p', { class: 'notice form-grid-full', id: 'registry-certificate-note' }, t('registry.form.certificateNote')),
      field('policeCertificate.type', t('registry.field.certificateType'), { value: val(cert.type) }),
      field('policeCertificate.issuedOn', t('registry.field.certificateDate'), { type: 'date', value: val(cert.issuedOn) }),
      field('policeCertificate.seenBy', t('registry.field.seenBy'), { value: val(cert.seenBy) })),
    group(t('registry.form.work'),
      field('capacity', t('registry.field.capacity'), { type: 'number', min: 0, max: 20, value: val(p.capacity) }),
      choice('status', t('registry.field.status'), ['active', 'paused', 'left'], (s) => t(`registry.status.${s}`), p.status),
      accountSelect('userId', t('registry.field.login'), mentorsAccounts, p.userId),
      accountSelect('supervisorUserId', t('registry.field.supervisorUser'), supervisorAccounts, p.supervisorUserId)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-mentor-save', class: 'button button-primary' },
      t('registry.form.save'))));

  const model = form.elements.namedItem('employment.model');
  const showDetails = () => {
    for (const [m, names] of Object.entries(EMPLOYMENT_DETAILS)) {
      for (const n of names) form.elements.namedItem(n).closest('.field').hidden = m !== model.value;
    }
  };
  model.addEventListener('change', showDetails);
  showDetails();

  function profile() {
    const f = new FormData(form);
    const text = (k) => (String(f.get(k) ?? '').trim() === '' ? null : String(f.get(k)).trim());
    const num = (k) => (text(k) === null ? null : Number(text(k)));
    const tags = (k) => String(f.get(k) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const m = f.get('employment.model');
    const certificate = ['type', 'issuedOn', 'seenBy'].some((k) => text(`policeCertificate.${k}`))
      ? { type: text('policeCertificate.type'), issuedOn: text('policeCertificate.issuedOn'), seenBy: text('policeCertificate.seenBy') } : null;
    return {
      name: text('name'), email: text('email'), phone: text('phone'), organisation: text('organisation'),
      organisationType: f.get('organisationType'),
      employment: {
        model: m,
        hoursPerWeek: m === 'municipal-hours' ? num('employment.hoursPerWeek') : null,
        contractFrom: m === 'mentor-bank' ? text('employment.contractFrom') : null,
        contractTo: m === 'mentor-bank' ? text('employment.contractTo') : null,
        positionPercent: m === 'dedicated-position' ? num('employment.positionPercent') : null,
      },
      municipality: text('municipality'), county: text('county'), network: f.get('network'), birthYear: num('birthYear'),
      gender: text('gender'), languages: parseLanguages(f.get('languages')), background: text('background'),
      belonging: text('belonging'), interests: tags('interests'), experiences: tags('experiences'),
      competences: tags('competences'),
      training: { cohort: text('training.cohort'), completed: f.get('training.completed') === 'true', certifiedOn: text('training.certifiedOn') },
      capacity: num('capacity'), status: f.get('status'), policeCertificate: certificate,
      conflicts: p.conflicts, userId: num('userId'), supervisorUserId: num('supervisorUserId'),
    };
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (!beginBusy(button)) return;
    clearRegion(error);
    clearFieldErrors(form);
    try {
      const saved = id
        ? await ctx.api.put(`/api/registry/mentors/${encodeURIComponent(id)}`, { version: current.version, profile: profile() })
        : await ctx.api.post('/api/registry/mentors', profile());
      location.hash = link({ page: 'mentor', id: saved.id });
    } catch (err) {
      // languages[1].level and interests[0] belong to the one text field that holds the list.
      const errors = (err.errors ?? []).map((x) => ({
        ...x, field: form.elements.namedItem(x.field) ? x.field : String(x.field).replace(/\[\d+\].*$/, ''),
      }));
      markFieldErrors(form, { errors });
      showError(error, err);
      // The form is long: bring the summary (a 409's detail, the list of bad fields) into view.
      error.scrollIntoView({ block: 'start' });
      endBusy(button);
    }
  });
  body.append(h('h2', { id: 'registry-mentor-form-heading' }, id ? t('registry.mentor.editTitle', { name: p.name }) : t('registry.mentor.new')),
    error, form);
}

async function duePage(body, ctx) {
  const t = ctx.t;
  const due = await ctx.api.get('/api/registry/due');
  body.append(h('h2', {}, t('registry.due.title')), due.length === 0 ? h('p', {}, t('registry.empty'))
    : table('registry-due', t('registry.due.title'),
      [t('registry.field.name'), t('registry.check.code'), t('registry.check.due')],
      due.map((d) => h('tr', { class: d.overdue ? 'outcome-fail' : null },
        h('th', { scope: 'row' }, h('a', { href: link({ page: 'mentor', id: d.mentorId }) }, d.name)),
        h('td', {}, t(`registry.gate.${d.code}`)), h('td', {}, d.dueOn)))));
}

// --- matching ---

/** Words a reason from its figures in the current language; the API's English detail is the fallback. */
function why(t, reason) {
  const key = reason.basis ? `registry.why.${reason.code}.${reason.basis}` : `registry.why.${reason.code}`;
  const text = t(key, { count: reason.count, of: reason.of });
  return text === key ? reason.detail : text;
}

async function matchPage(body, ctx) {
  const t = ctx.t;
  const results = h('div', { id: 'registry-match-results' });
  const status = statusRegion('registry-match-status');
  const form = h('form', { id: 'registry-match-form', class: 'form form-grid', novalidate: true },
    input('caseCode', t('registry.field.caseCode'), { placeholder: 'BGO-2026-014', required: true }),
    select('targetGroup', t('registry.field.targetGroup'), TARGET_GROUPS, (g) => t(`registry.tg.${g}`)),
    select('level', t('registry.field.level'), LEVELS, (l) => t(`registry.level.${l}`)),
    input('languages', t('registry.field.languages'), { placeholder: 'ar, so' }),
    select('gender', t('registry.field.gender'), GENDERS, (g) => t(`registry.gender.${g}`), { anyLabel: t('registry.filter.any') }),
    input('ageMin', t('registry.field.ageMin'), { type: 'number', min: 18, max: 100 }),
    input('ageMax', t('registry.field.ageMax'), { type: 'number', min: 18, max: 100 }),
    input('interests', t('registry.field.interests'), { placeholder: 'football, music' }),
    input('municipality', t('registry.field.municipality')),
    input('county', t('registry.field.county')),
    select('network', t('registry.field.network'), Object.keys(NETWORKS), (k) => NETWORKS[k], { anyLabel: t('registry.filter.any') }),
    h('div', { class: 'field form-grid-full' }, h('label', { for: 'notes' }, t('registry.field.notes')),
      h('textarea', { id: 'notes', name: 'notes', rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-match-run', class: 'button button-primary' },
      t('registry.match.run'))));
  const error = errorRegion('registry-match-error');

  function need() {
    const f = new FormData(form);
    const list = (v) => String(v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const num = (v) => (v === '' || v === null ? null : Number(v));
    const text = (v) => (String(v ?? '').trim() === '' ? null : String(v).trim());
    return {
      caseCode: text(f.get('caseCode')), targetGroup: f.get('targetGroup'), level: f.get('level'),
      languages: list(f.get('languages')), gender: text(f.get('gender')), ageMin: num(f.get('ageMin')),
      ageMax: num(f.get('ageMax')), interests: list(f.get('interests')), municipality: text(f.get('municipality')),
      county: text(f.get('county')), network: text(f.get('network')), notes: text(f.get('notes')),
    };
  }

  async function confirm(button, mentorId) {
    if (!beginBusy(button)) return;
    try {
      const course = await ctx.api.post('/api/registry/match/confirm', { need: need(), mentorId });
      location.hash = link({ page: 'course', code: course.caseCode });
    } catch (err) {
      showError(error, err);
      endBusy(button);
    }
  }

  function show(r) {
    results.replaceChildren(
      h('p', { id: 'registry-match-summary' }, t('registry.match.summary', { eligible: r.eligibleCount, considered: r.considered })),
      h('h3', {}, t('registry.match.candidates')),
      r.candidates.length === 0 ? h('p', {}, t('registry.empty')) : h('ol', { id: 'registry-candidates', class: 'cards' },
        r.candidates.map((c) => h('li', { class: 'card', 'data-candidate': c.mentorId },
          h('p', { class: 'card-title' }, `${c.rank}. `, h('a', { href: link({ page: 'mentor', id: c.mentorId }) }, c.name),
            ` – ${t('registry.match.score')} ${c.score}`),
          h('ul', { class: 'registry-reasons' }, c.reasons.map((x) => h('li', {},
            `${t(`registry.reason.${x.code}`)}: +${x.points} (${why(t, x)})`))),
          c.warnings.length ? h('p', { class: 'notice' }, `${t('registry.match.warnings')}: `,
            c.warnings.map((w) => t(`registry.gate.${w}`)).join(', ')) : null,
          coordinates(ctx) ? h('button', {
            type: 'button', class: 'button', 'data-test': `confirm-${c.mentorId}`,
            on: { click: (e) => confirm(e.currentTarget, c.mentorId) },
          }, t('registry.match.confirm')) : null))),
      h('h3', {}, t('registry.match.excluded')),
      r.excluded.length === 0 ? h('p', {}, t('registry.empty')) : table('registry-excluded', t('registry.match.excluded'),
        [t('registry.field.name'), t('registry.check.code')],
        r.excluded.map((x) => h('tr', { 'data-excluded': x.mentorId },
          h('th', { scope: 'row' }, x.name), h('td', {}, t(`registry.gate.${x.code}`))))));
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (!beginBusy(button)) return;
    clearRegion(error);
    clearFieldErrors(form);
    try {
      show(await ctx.api.post('/api/registry/match', { need: need(), limit: 20 }));
      showMessage(status, '');
    } catch (err) {
      // Field names come back as need.x; the form's inputs are named x.
      markFieldErrors(form, { errors: (err.errors ?? []).map((x) => ({ ...x, field: x.field.replace(/^need\./, '') })) });
      showError(error, err);
    } finally {
      endBusy(button);
    }
  });
  body.append(h('h2', {}, t('registry.match.title')), h('p', { class: 'lead' }, t('registry.match.intro')),
    h('section', { class: 'panel' }, form), error, status, results);
}

// --- courses ---

async function courseList(body, ctx) {
  const t = ctx.t;
  const list = await ctx.api.get('/api/registry/courses');
  body.append(h('h2', {}, t('registry.courses.title')), list.length === 0 ? h('p', {}, t('registry.empty'))
    : table('registry-courses', t('registry.courses.title'),
      [t('registry.field.caseCode'), t('registry.field.status'), t('registry.field.targetGroup'), t('registry.field.level'),
        t('registry.field.mentor')],
      list.map((c) => h('tr', { 'data-course': c.caseCode },
        h('th', { scope: 'row' }, h('a', { href: link({ page: 'course', code: c.caseCode }) }, c.caseCode)),
        h('td', {}, t(`registry.status.${c.status}`)), h('td', {}, t(`registry.tg.${c.targetGroup}`)),
        h('td', {}, t(`registry.level.${c.level}`)), h('td', {}, c.mentorName ?? '')))));
}

async function coursePage(body, ctx, q) {
  const t = ctx.t;
  const code = q.get('code');
  const path = `/api/registry/courses/${encodeURIComponent(code)}`;
  const error = errorRegion('registry-course-error');
  const status = statusRegion('registry-course-status');
  const area = h('div');
  body.append(h('h2', { id: 'registry-course-heading' }, t('registry.course.title', { code })), error, status, area);

  async function act(button, fn) {
    if (!beginBusy(button)) return;
    clearRegion(error);
    try {
      draw(await fn());
      showMessage(status, t('registry.course.saved'));
    } catch (err) {
      const holds = (err.errors ?? []).filter((e) => String(e.field).startsWith('hold.'));
      if (err.status === 409 && holds.length) showHolds(holds);
      else showError(error, err);
    } finally {
      endBusy(button);
    }
  }

  /**
   * A 409 from a step guard lists its holds as errors named hold.<module>.<code>: each is worded in the user's
   * language by its code (once, however many checklists share it); the guard's English detail is the fallback.
   */
  function showHolds(holds) {
    const lines = [...new Set(holds.map((e) => {
      const key = `registry.${e.field}`;
      const text = t(key);
      return text === key ? e.message : text;
    }))];
    showError(error, { detail: t('registry.course.held'), errors: lines.map((message) => ({ message })) });
  }

  /** Sends a course form with `send(formData)`: 400 errors are marked at their fields, the course redrawn on success. */
  function onSubmit(form, send) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const f = new FormData(form);
      clearFieldErrors(form);
      act(form.querySelector('button[type=submit]'), async () => {
        try {
          return await send(f);
        } catch (err) {
          markFieldErrors(form, err);
          throw err;
        }
      });
    });
    return form;
  }

  function statusButtons(c) {
    if (!coordinates(ctx)) return null;
    const reason = h('input', { id: 'registry-status-reason', name: 'reason' });
    const next = { matching: ['active', 'closed'], referred: ['closed'], active: ['paused', 'closed'], paused: ['active', 'closed'] }[c.status] ?? [];
    const label = { active: 'registry.course.activate', paused: 'registry.course.pause', closed: 'registry.course.close' };
    if (!next.length) return null;
    return h('div', { class: 'actions' },
      h('div', { class: 'field' }, h('label', { for: 'registry-status-reason' }, t('registry.field.reason')), reason),
      next.map((s) => h('button', {
        type: 'button', class: 'button', 'data-test': `status-${s}`,
        on: { click: (e) => act(e.currentTarget, () => ctx.api.post(`${path}/status`, { version: c.version, status: s, reason: reason.value || null })) },
      }, t(label[s]))));
  }

  function sessionForm() {
    const form = h('form', { id: 'registry-session-form', class: 'form form-grid', novalidate: true },
      input('date', t('registry.field.date'), { type: 'date', value: new Date().toISOString().slice(0, 10), required: true }),
      input('minutes', t('registry.field.minutes'), { type: 'number', min: 1, max: 600, value: 60 }),
      select('kind', t('registry.field.kind'), KINDS, (k) => t(`registry.kind.${k}`)),
      h('div', { class: 'field form-grid-full' }, h('label', { for: 'notes' }, t('registry.field.notes')),
        h('textarea', { id: 'notes', name: 'notes', rows: 3 })),
      input('followUps', t('registry.field.followUps')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-session-save', class: 'button button-primary' },
        t('registry.course.addSession'))));
    return onSubmit(form, (f) => ctx.api.post(`${path}/sessions`, {
      date: f.get('date') || null, minutes: f.get('minutes') ? Number(f.get('minutes')) : null, kind: f.get('kind'),
      notes: f.get('notes') || null, followUps: f.get('followUps') || null,
    }));
  }

  /** Coordinators give the course another mentor among the eligible ones; the API re-checks every gate. */
  function reassignForm(c, mentors) {
    if (!coordinates(ctx) || c.status === 'closed') return null;
    const others = mentors.filter((m) => m.id !== c.mentorId);
    const form = h('form', { id: 'registry-reassign-form', class: 'form form-grid', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: 'registry-reassign-mentor' }, t('registry.reassign.to')),
        h('select', { id: 'registry-reassign-mentor', name: 'mentorId' },
          others.map((m) => h('option', { value: m.id },
            `${m.name} · ${m.municipality} · ${m.activeCourses}/${m.capacity}`)))),
      h('div', { class: 'field' }, h('label', { for: 'registry-reassign-reason' }, t('registry.field.reason')),
        h('input', { id: 'registry-reassign-reason', name: 'reason', required: true })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-reassign-save', class: 'button' },
        t('registry.reassign.save'))));
    onSubmit(form, (f) => ctx.api.post(`${path}/mentor`, {
      version: c.version, mentorId: f.get('mentorId') ? Number(f.get('mentorId')) : null,
      reason: String(f.get('reason') ?? '').trim() || null,
    }));
    return h('section', { class: 'panel' }, h('h3', {}, t('registry.reassign.title')),
      others.length === 0 ? h('p', {}, t('registry.empty')) : form);
  }

  let eligibleMentors = [];

  /** Names the mentors of a reassignment where the page knows them; status codes are translated. */
  function historyValue(c, event, value) {
    if (value === null || value === undefined) return '–';
    if (event === 'status') return t(`registry.status.${value}`);
    const id = Number(value);
    const name = id === c.mentorId ? c.mentorName : eligibleMentors.find((m) => m.id === id)?.name;
    return name ? `${name} (#${id})` : `#${id}`;
  }

  function draw(c) {
    const d = c.details ?? {};
    area.replaceChildren(
      h('dl', { class: 'details panel', id: 'registry-course-details' },
        h('div', {}, h('dt', {}, t('registry.field.status')), h('dd', { id: 'registry-course-status-value' }, t(`registry.status.${c.status}`))),
        h('div', {}, h('dt', {}, t('registry.field.targetGroup')), h('dd', {}, t(`registry.tg.${c.targetGroup}`))),
        h('div', {}, h('dt', {}, t('registry.field.level')), h('dd', {}, t(`registry.level.${c.level}`))),
        h('div', {}, h('dt', {}, t('registry.field.mentor')), h('dd', {}, c.mentorId
          ? h('a', { href: link({ page: 'mentor', id: c.mentorId }) }, c.mentorName ?? String(c.mentorId)) : '–')),
        d.commissioningParty ? h('div', {}, h('dt', {}, t('registry.field.commissioningParty')), h('dd', {}, d.commissioningParty)) : null,
        d.goals ? h('div', {}, h('dt', {}, t('registry.field.goals')), h('dd', {},
          [d.goals.motivation, d.goals.riskReduction, d.goals.ownGoals].filter(Boolean).join(' · '))) : null,
        c.closedReason ? h('div', {}, h('dt', {}, t('registry.field.reason')), h('dd', {}, c.closedReason)) : null),
      statusButtons(c),
      h('section', { class: 'panel' }, h('h3', {}, t('registry.course.sessions')),
        c.sessions.length === 0 ? h('p', {}, t('registry.empty')) : table('registry-sessions', t('registry.course.sessions'),
          [t('registry.field.date'), t('registry.field.minutes'), t('registry.field.kind'), t('registry.field.notes'), t('registry.field.followUps')],
          c.sessions.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.date), h('td', {}, s.minutes),
            h('td', {}, t(`registry.kind.${s.kind}`)), h('td', {}, s.notes ?? ''), h('td', {}, s.followUps ?? '')))),
        ['active', 'paused'].includes(c.status) ? sessionForm() : null),
      reassignForm(c, eligibleMentors),
      h('section', { class: 'panel' }, h('h3', {}, t('registry.course.history')), h('ul', { id: 'registry-history' },
        c.history.map((x) => h('li', { 'data-event': x.event }, timeEl(x.changedAt),
          ` ${t(`registry.history.${x.event}`)}: ${historyValue(c, x.event, x.from)} → ${historyValue(c, x.event, x.to)}`,
          x.reason ? ` (${x.reason})` : '', ` – ${x.changedBy}`)))));
  }

  const [course, mentors] = await Promise.all([ctx.api.get(path),
    coordinates(ctx) ? ctx.api.get('/api/registry/mentors', { query: { eligible: 'true', status: 'active' } }) : []]);
  eligibleMentors = mentors;
  draw(course);
}
