// Main navigation, built from the session user and the installed-module list.

import { h } from './dom.js';
import { t, label } from './i18n.js';

export function isAdmin(user) {
  return Boolean(user?.roles?.includes('admin'));
}

/** Coordinators and admins: who may see the statistics. */
export function isStaff(user) {
  return isAdmin(user) || Boolean(user?.roles?.includes('coordinator'));
}

/** A module with a non-empty `roles` list is shown only to users holding one of them. */
export function canSee(module, user) {
  const roles = Array.isArray(module?.roles) ? module.roles : [];
  return roles.length === 0 || roles.some((role) => user?.roles?.includes(role));
}

export function moduleTitle(module) {
  return label(module.title) || module.id;
}

export function moduleHref(id) {
  return `#/m/${encodeURIComponent(id)}`;
}

/** Which nav link represents a route, as [attribute, value]. */
function navKeyFor(route) {
  if (!route) return null;
  if (route.name === 'module') return ['data-module', route.id];
  if (route.name === 'personalData') return ['data-nav', 'account'];
  if (['home', 'users', 'audit', 'modules', 'retention', 'account', 'statistics'].includes(route.name)) return ['data-nav', route.name];
  return null;
}

function link(href, text, attrs, itemClass) {
  return h('li', { class: itemClass }, h('a', { href, ...attrs }, text));
}

export function renderNav(nav, { user, modules, route }) {
  if (!user) {
    nav.replaceChildren();
    nav.hidden = true;
    return;
  }
  // Rebuilding while a nav link has focus must not throw keyboard users back to <body>.
  const focused = nav.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = focused && (focused.dataset.module !== undefined
    ? ['data-module', focused.dataset.module]
    : ['data-nav', focused.dataset.nav]);

  const moduleLinks = modules
    .filter((m) => m.uiModule && canSee(m, user))
    .map((m) => link(moduleHref(m.id), moduleTitle(m), { 'data-module': m.id }));

  const items = [
    link('#/', t('nav.home'), { 'data-nav': 'home' }),
    ...moduleLinks,
    isStaff(user) ? link('#/statistics', t('nav.statistics'), { 'data-nav': 'statistics' }) : null,
    link('#/account', t('nav.account'), { 'data-nav': 'account' }),
  ].filter(Boolean);
  if (isAdmin(user)) {
    items.push(
      link('#/admin/users', t('nav.users'), { 'data-nav': 'users' }, 'nav-group-start'),
      link('#/admin/audit', t('nav.audit'), { 'data-nav': 'audit' }),
      link('#/admin/modules', t('nav.modules'), { 'data-nav': 'modules' }),
      link('#/admin/retention', t('nav.retention'), { 'data-nav': 'retention' }),
    );
  }
  nav.setAttribute('aria-label', t('nav.label'));
  nav.replaceChildren(h('ul', { class: 'nav-list' }, items));
  nav.hidden = false;
  markCurrent(nav, route);

  if (focusKey) findLink(nav, focusKey)?.focus();
}

function findLink(nav, [attr, value]) {
  return [...nav.querySelectorAll(`a[${attr}]`)].find((a) => a.getAttribute(attr) === value) ?? null;
}

export function markCurrent(nav, route) {
  for (const a of nav.querySelectorAll('a[aria-current]')) a.removeAttribute('aria-current');
  const key = navKeyFor(route);
  if (key) findLink(nav, key)?.setAttribute('aria-current', 'page');
}
