// Matching a case to mentors, with the reasons for each candidate and for each exclusion.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion, markFieldErrors, clearFieldErrors, beginBusy, endBusy } from '/ui/dom.js';
import { labelOr } from '/ui/kit.js';
import { link, table, coordinates, select, input, NETWORKS, codes, codeLabel, choices } from '../common.js';

/** Words a reason from its figures in the current language; the API's English detail is the fallback. */
function why(reason) {
  const key = reason.basis ? `registry.why.${reason.code}.${reason.basis}` : `registry.why.${reason.code}`;
  return labelOr(key, reason.detail, { count: reason.count, of: reason.of });
}

export async function matchPage(body, ctx) {
  const t = ctx.t;
  const lists = await codes(ctx.api);
  const results = h('div', { id: 'registry-match-results' });
  const status = statusRegion('registry-match-status');
  const form = h('form', { id: 'registry-match-form', class: 'form form-grid', novalidate: true },
    input('caseCode', t('registry.field.caseCode'), { placeholder: 'BGO-2026-014', required: true }),
    select('targetGroup', t('registry.field.targetGroup'), lists.targetGroups, (g) => t(`registry.tg.${g}`)),
    select('level', t('registry.field.level'), lists.levels, (l) => t(`registry.level.${l}`)),
    input('languages', t('registry.field.languages'), { placeholder: 'ar, so' }),
    select('gender', t('registry.field.gender'), lists.genders, (g) => t(`registry.gender.${g}`), { anyLabel: t('registry.filter.any') }),
    input('ageMin', t('registry.field.ageMin'), { type: 'number', min: 18, max: 100 }),
    input('ageMax', t('registry.field.ageMax'), { type: 'number', min: 18, max: 100 }),
    // One group: matching looks for the wanted codes among the mentor's interests and experiences alike.
    choices('interests', t('registry.field.interests'), [...lists.interests, ...lists.experiences],
      (v) => (lists.interests.includes(v) ? codeLabel('interests', v) : codeLabel('experiences', v))),
    input('municipality', t('registry.field.municipality')),
    input('county', t('registry.field.county')),
    select('network', t('registry.field.network'), lists.networks, (k) => NETWORKS[k], { anyLabel: t('registry.filter.any') }),
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
      ageMax: num(f.get('ageMax')), interests: f.getAll('interests').map(String), municipality: text(f.get('municipality')),
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
            `${t(`registry.reason.${x.code}`)}: +${x.points} (${why(x)})`))),
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
      // Field names come back as need.x (need.interests[0] for a box of the group); the form's inputs are named x.
      markFieldErrors(form, { errors: (err.errors ?? []).map((x) => ({ ...x, field: x.field.replace(/^need\./, '').replace(/\[\d+\]$/, '') })) });
      showError(error, err);
    } finally {
      endBusy(button);
    }
  });
  body.append(h('h2', {}, t('registry.match.title')), h('p', { class: 'lead' }, t('registry.match.intro')),
    h('section', { class: 'panel' }, form), error, status, results);
}
