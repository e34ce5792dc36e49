// The mentor list with its filters.

import { h } from '/ui/dom.js';
import { link, table, coordinates, select, input, NETWORKS, codes, codeLabel } from '../common.js';

export async function mentorList(body, ctx, q, error) {
  const t = ctx.t;
  const lists = await codes(ctx.api);
  const form = h('form', { id: 'registry-filter', class: 'form form-grid' },
    input('q', t('registry.filter.q'), { type: 'search', value: q.get('q') ?? '' }),
    select('network', t('registry.field.network'), lists.networks, (k) => NETWORKS[k],
      { value: q.get('network'), anyLabel: t('registry.filter.any') }),
    select('status', t('registry.field.status'), lists.mentorStatuses, (s) => t(`registry.status.${s}`),
      { value: q.get('status'), anyLabel: t('registry.filter.any') }),
    input('language', t('registry.field.language'), { value: q.get('language') ?? '', size: 4 }),
    select('competence', t('registry.field.competence'), lists.competences, (c) => codeLabel('competences', c),
      { value: q.get('competence'), anyLabel: t('registry.filter.any') }),
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
        h('td', {}, m.languages.join(', ')), h('td', {}, m.competences.map((c) => codeLabel('competences', c)).join(', ')),
        h('td', {}, `${m.activeCourses}/${m.capacity}`),
        h('td', {}, h('span', { class: ['badge', m.eligible ? 'badge-ok' : 'badge-off'] },
          t(m.eligible ? 'registry.yes' : 'registry.no')))))));
}
