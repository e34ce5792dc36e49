// The mentor form (coordinators): new mentor or edit, with the API's field errors marked beside their controls.

import { h, errorRegion, showError, clearRegion, markFieldErrors, clearFieldErrors, beginBusy, endBusy } from '/ui/dom.js';
import { link, NETWORKS, codes, codeLabel, choices } from '../common.js';

const EMPLOYMENT_DETAILS = {
  'municipal-hours': ['employment.hoursPerWeek'],
  'mentor-bank': ['employment.contractFrom', 'employment.contractTo'],
  'dedicated-position': ['employment.positionPercent'],
};

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

/**
 * Checkboxes for one of the mentor's vocabularies. A stored value from before the lists is offered too, checked
 * and shown as typed, so saving names it as an error instead of dropping it unseen.
 */
function vocabulary(name, legend, served, stored) {
  const values = [...served, ...stored.filter((v) => !served.includes(v))];
  return choices(name, legend, values, (v) => codeLabel(name, v), { checked: stored, idPrefix: `${fieldId(name)}-` });
}

async function accountOptions(ctx, role) {
  try {
    return await ctx.api.get('/api/registry/accounts', { query: { role } });
  } catch {
    return [];
  }
}

export async function mentorFormPage(body, ctx, q) {
  const t = ctx.t;
  const lists = await codes(ctx.api);
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
      choice('gender', t('registry.field.gender'), lists.genders, (g) => t(`registry.gender.${g}`), p.gender, t('registry.form.unstated')),
      field('languages', t('registry.field.languages'), { value: languagesText(p.languages) }, t('registry.form.languagesHint'))),
    group(t('registry.form.organisation'),
      field('organisation', t('registry.field.organisation'), { value: val(p.organisation) }),
      choice('organisationType', t('registry.field.organisationType'), lists.organisationTypes, (o) => t(`registry.org.${o}`), p.organisationType),
      choice('employment.model', t('registry.field.employment'), lists.employmentModels, (m) => t(`registry.employment.${m}`), e.model),
      field('employment.hoursPerWeek', t('registry.field.hoursPerWeek'), { type: 'number', min: 1, max: 40, value: val(e.hoursPerWeek) }),
      field('employment.contractFrom', t('registry.field.contractFrom'), { type: 'date', value: val(e.contractFrom) }),
      field('employment.contractTo', t('registry.field.contractTo'), { type: 'date', value: val(e.contractTo) }),
      field('employment.positionPercent', t('registry.field.positionPercent'), { type: 'number', min: 1, max: 100, value: val(e.positionPercent) })),
    group(t('registry.form.place'),
      field('municipality', t('registry.field.municipality'), { value: val(p.municipality), required: true }),
      field('county', t('registry.field.county'), { value: val(p.county) }),
      choice('network', t('registry.field.network'), lists.networks, (k) => NETWORKS[k], p.network)),
    // Only coordinators see (and so may write) these; for an admin the API keeps what is stored.
    !ctx.user.roles.includes('coordinator') ? null : group(t('registry.form.sensitive'),
      h('p', { class: 'notice form-grid-full', id: 'registry-sensitive-note' }, t('registry.form.sensitiveNote')),
      area('background', t('registry.field.background'), p.background),
      area('belonging', t('registry.field.belonging'), p.belonging)),
    group(t('registry.form.experience'),
      vocabulary('competences', t('registry.field.competences'), lists.competences, p.competences),
      vocabulary('interests', t('registry.field.interestsOnly'), lists.interests, p.interests),
      vocabulary('experiences', t('registry.field.experiences'), lists.experiences, p.experiences)),
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
      choice('status', t('registry.field.status'), lists.mentorStatuses, (s) => t(`registry.status.${s}`), p.status),
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
    const chosen = (k) => f.getAll(k).map(String);
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
      belonging: text('belonging'), interests: chosen('interests'), experiences: chosen('experiences'),
      competences: chosen('competences'),
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
      // languages[1].level belongs to the one text field that holds the list, interests[0] to the group of boxes.
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
