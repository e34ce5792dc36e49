// What the registry's views share: the kit bound to #/m/registry, who coordinates, the registry's form
// controls and its code lists.

import { h } from '/ui/dom.js';
import { moduleKit } from '/ui/kit.js';

export const { href: link, query, table, stylesheet, showProblem } = moduleKit('registry');

/** The regional networks' names (proper names, alike in every language), by the codes the API gives. */
export const NETWORKS = { vest: 'RVTS Vest', midt: 'RVTS Midt', nord: 'RVTS Nord', sor: 'RVTS Sør', ost: 'RVTS Øst' };

let codeLists = null;

/** The registry's code lists as its validation accepts them (GET /api/registry/codes), fetched once per page load. */
export function codes(api) {
  codeLists ??= api.get('/api/registry/codes').catch((err) => { codeLists = null; throw err; });
  return codeLists;
}

export const coordinates = (ctx) => ctx.user.roles.includes('coordinator') || ctx.user.roles.includes('admin');

export function select(id, label, values, labelOf, { value, anyLabel } = {}) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id },
      anyLabel ? h('option', { value: '' }, anyLabel) : null,
      values.map((v) => h('option', { value: v, selected: v === value }, labelOf(v)))));
}

export function input(id, label, attrs = {}) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, ...attrs }));
}
