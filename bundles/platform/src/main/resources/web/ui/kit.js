// The UI kit module scripts import instead of keeping their own copies: the hash query, links and
// navigation inside a module's page (#/m/<module>?page=...), tables, a module stylesheet and problem
// display. Labels stay in each module's messages.js; the kit only looks them up.
//
//   import { moduleKit } from '/ui/kit.js';
//   const { query, go, link, href, table, stylesheet, showProblem } = moduleKit('ethics');

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

/**
 * The label for a problem: `<prefix>.problem.<last segment of its type>` from the module's messages when
 * there is one, so a nb/nn page never shows the server's English detail for a known problem type; else
 * the shell's own wording by status.
 */
export function problemText(prefix, err) {
  const type = err?.type ? String(err.type).split('/').pop() : null;
  if (type) {
    const key = `${prefix}.problem.${type}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return null;
}

/** Fills an alert region with a problem, using the module's label for its type when there is one. */
export function showProblem(prefix, region, err, extraLines = []) {
  const text = problemText(prefix, err);
  showError(region, text ? { ...err, detail: text } : err, extraLines);
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
    showProblem: (region, err, extraLines) => showProblem(name, region, err, extraLines),
  };
}
