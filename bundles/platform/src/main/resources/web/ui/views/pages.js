// Simple informational views: not found, no access, and the start-up failure page.

import { t } from '../i18n.js';
import { h, heading, describeError } from '../dom.js';

export function notFoundView(main) {
  main.append(
    heading(t('page.notFoundTitle')),
    h('p', {}, t('page.notFound')),
    h('p', {}, h('a', { href: '#/' }, t('page.toHome'))));
}

export function forbiddenView(main) {
  main.append(
    heading(t('page.forbiddenTitle')),
    h('p', {}, t('page.forbidden')),
    h('p', {}, h('a', { href: '#/' }, t('page.toHome'))));
}

/** Shown when the session probe fails for a reason other than "not logged in". */
export function startupErrorView(main, app, { error, retry }) {
  main.append(
    heading(t('error.startupTitle')),
    h('div', { class: 'alert alert-error', role: 'alert' }, h('p', {}, describeError(error))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button-primary', on: { click: retry } }, t('common.retry'))));
}
