// The UI kit module scripts import instead of keeping their own copies: the hash query, links and
// navigation inside a module's page (#/m/<module>?page=...), tables, a module stylesheet and problem
// display. Labels stay in each module's messages.js; the kit only looks them up.
//
//   import { moduleKit } from '/ui/kit.js';
//   const { query, go, link, href, table, stylesheet, showProblem } = moduleKit('ethics');
//   import { labelOr } from '/ui/kit.js';  // a module label, or the server's wording when there is none

import { h, tableWrap, showError } from './dom.js';
import { t } from './i18n.js';

export { LANGS } from './i18n.js';

/** The parameters after `?` in the location hash. */
export function query() {
  const i = location.hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

/**
 * A table with a hidden caption, column headers and rows, wrapped so it scrolls by keyboard on narrow
 * screens. With `empty`, an empty row list shows that text in one row instead of a bare header.
 */
export function table(id, caption, headers, rows, { empty } = {}) {
  const body = rows.length || !empty ? rows : [h('tr', { class: 'empty' }, h('td', { colspan: headers.length }, empty))];
  return tableWrap(h('table', { id, class: 'table' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, body)), caption);
}

/** Adds a module's stylesheet once. */
export function stylesheet(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

/** The module's label for `key`, or `fallback` (say the server's English wording) when it has none. */
export function labelOr(key, fallback, vars) {
  const text = t(key, vars);
  return text === key ? fallback : text;
}

/**
 * Fills an alert region with a problem in the page's language: `detail` is the caller's own label for
 * the whole, and each of the problem's errors is worded by the module's label `<prefix>.<field>` (once,
 * however often it repeats); the server's message is the fallback for an error without a label.
 */
export function showProblem(region, err, { prefix, detail } = {}) {
  const lines = [...new Set((err?.errors ?? []).map((e) => labelOr(`${prefix}.${e.field}`, byCode(prefix, e))))];
  showError(region, { ...err, detail: detail ?? err?.detail, errors: lines.map((message) => ({ message })) });
}

/**
 * An error worded from its code (`problem.<code>`) and parameters, after the field's label
 * `<prefix>.field.<field>` (or the field's path); the server's message when the code has no wording.
 */
function byCode(prefix, e) {
  if (!e.code || e.code === 'invalid') return e.message;
  const params = Object.fromEntries(Object.entries(e.params ?? {})
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  const text = labelOr(`problem.${e.code}`, null, params);
  return text == null ? e.message : `${labelOr(`${prefix}.field.${e.field}`, e.field)}: ${text}`;
}

/** Query, links, navigation and problem display bound to one module's page `#/m/<name>`. */
export function moduleKit(name) {
  const base = `#/m/${name}`;
  const href = (params = {}) => `${base}?${new URLSearchParams(params)}`;
  return {
    query,
    table,
    href,
    link: (text, params, attrs = {}) => h('a', { href: href(params), ...attrs }, text),
    go(params) {
      const qs = new URLSearchParams(params ?? {}).toString();
      location.hash = qs ? `${base}?${qs}` : base;
    },
    stylesheet: () => stylesheet(`/ui/${name}/${name}.css`),
    showProblem: (region, err, detail) => showProblem(region, err, { prefix: name, detail }),
  };
}
