// What the registry's views share: the kit bound to #/m/registry, who coordinates, the registry's form
// controls and its code lists.

import { h } from '/ui/dom.js';
import { moduleKit, labelOr } from '/ui/kit.js';

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

/** Label keys of the vocabularies a mentor is described by, by the API's field name. */
const VOCABULARY = { competences: 'registry.competence', interests: 'registry.interest', experiences: 'registry.experience' };

/**
 * A competence, interest or experience code in the page's words. A value stored before these were lists has no
 * label and is shown as it was typed, so nothing recorded disappears from view.
 */
export const codeLabel = (field, code) => labelOr(`${VOCABULARY[field]}.${code}`, code);

/**
 * Checkboxes for choosing codes from a served list, named {@code name} so FormData.getAll(name) gives the chosen
 * codes and a field error on name[i] finds the group; each box's id is {@code <idPrefix><code>}.
 */
export function choices(name, legend, values, labelOf, { checked = [], idPrefix = `${name}-` } = {}) {
  return h('fieldset', { class: 'field registry-choices form-grid-full', id: `${idPrefix.replace(/-$/, '')}` },
    h('legend', {}, legend),
    values.map((v) => h('label', { class: 'registry-choice' },
      h('input', { type: 'checkbox', name, value: v, id: `${idPrefix}${v}`, checked: checked.includes(v) }),
      ` ${labelOf(v)}`)));
}
