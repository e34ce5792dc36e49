// One mentor: profile, eligibility checks and supervision sessions.

import { h, errorRegion, showError, clearRegion, beginBusy, endBusy } from '/ui/dom.js';
import { link, table, coordinates, select, input, codes } from '../common.js';
import { profileRows } from './profile.js';

export async function mentorPage(body, ctx, q) {
  const t = ctx.t;
  const id = q.get('id');
  const [m, report, supervision] = await Promise.all([
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}`),
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}/eligibility`),
    ctx.api.get(`/api/registry/mentors/${encodeURIComponent(id)}/supervision`),
  ]);
  const p = m.profile;
  body.append(
    h('h2', { id: 'registry-mentor-name' }, p.name),
    coordinates(ctx) ? h('p', {}, h('a', { href: link({ page: 'mentor-edit', id }), class: 'button', id: 'registry-edit-mentor' },
      t('registry.mentor.edit'))) : null,
    h('section', { class: 'panel' }, h('h3', {}, t('registry.mentor.profile')), h('dl', { class: 'details' },
      profileRows(t, m))),
    h('section', { class: 'panel' }, h('h3', {}, t('registry.mentor.eligibility')),
      h('p', { id: 'registry-eligible' }, h('span', { class: ['badge', report.eligible ? 'badge-ok' : 'badge-off'] },
        t(report.eligible ? 'registry.yes' : 'registry.no'))),
      table('registry-eligibility', t('registry.mentor.eligibility'),
        [t('registry.check.code'), t('registry.check.outcome'), t('registry.check.detail'), t('registry.check.due')],
        report.checks.map((c) => h('tr', { 'data-check': c.code, class: `outcome-${c.outcome}` },
          h('th', { scope: 'row' }, t(`registry.gate.${c.code}`)), h('td', {}, t(`registry.outcome.${c.outcome}`)),
          h('td', { title: c.detail }, t(`registry.why.${c.code}.${c.outcome}`)), h('td', {}, c.dueOn ?? ''))))),
    supervisionSection(ctx, id, supervision, await codes(ctx.api)));
}

/** Supervision sessions, and a form for coordinators and the mentor's supervisor (the API decides who may). */
function supervisionSection(ctx, id, sessions, lists) {
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
    select('sup-form', t('registry.field.form'), lists.supervisionForms, (f) => t(`registry.form.${f}`)),
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
