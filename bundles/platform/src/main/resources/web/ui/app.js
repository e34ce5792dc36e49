/*
 * Mentorkit UI shell.
 *
 * UI MODULE CONTRACT
 * A backend module advertises browser code through `uiModule` in GET /api/modules
 * (a same-origin absolute path such as "/ui/cases/cases.js"). It gets a nav link
 * `#/m/<id>`; when that route opens the shell renders the page's <h1> (the module's
 * title) and then runs:
 *
 *   const mod = await import(uiModule);
 *   const cleanup = await mod.render(containerElement, ctx);
 *
 *   ctx.t(key, vars)   translate with the shell dictionaries; unknown keys come back
 *                      unchanged. Modules add their own strings with addMessages()
 *                      from "/ui/i18n.js", keys prefixed with the module id.
 *   ctx.lang           current language: "nb", "nn" or "en".
 *   ctx.api            fetch helper from "/ui/api.js": api(path, {method, body, query}),
 *                      api.get/post/put/patch/del. Sends the CSRF and X-Requested-With
 *                      headers, returns parsed JSON (null for 204) and throws an Error
 *                      with status, detail and errors[] for problem+json responses.
 *   ctx.user           { username, displayName, roles } (a frozen copy).
 *   ctx.navigate(path) go to a shell route, e.g. "/m/cases" or "/".
 *   ctx.label(obj)     pick the current language from an API {nb, nn, en} object.
 *   ctx.module         this module's entry from /api/modules.
 *
 * Modules start their own headings at <h2>, build DOM without inline styles or
 * handlers (the CSP forbids both) and may return a cleanup function (or a promise
 * of one); it runs before the container is discarded. On a language change the
 * shell calls cleanup and then render() again with a fresh ctx.
 */

import { api, setCsrfToken, onUnauthorized } from './api.js';
import { t, getLang, setLang, onLangChange, label } from './i18n.js';
import { h } from './dom.js';
import { renderNav, markCurrent, isAdmin, isStaff } from './nav.js';
import { ADMIN_ONLY, STAFF_ONLY, currentPath, parseRoute, redirect, preservingInputs } from './router.js';
import { createModuleWatch } from './module-watch.js';
import { loginView } from './views/login.js';
import { homeView } from './views/home.js';
import { moduleView } from './views/module.js';
import { usersView } from './views/users.js';
import { auditView } from './views/audit.js';
import { modulesView } from './views/modules.js';
import { retentionView } from './views/retention.js';
import { accountView } from './views/account.js';
import { statisticsView } from './views/statistics.js';
import { personalDataView } from './views/personal-data.js';
import { notFoundView, forbiddenView, startupErrorView } from './views/pages.js';

const VIEWS = {
  login: loginView, home: homeView, module: moduleView, users: usersView, audit: auditView, modules: modulesView,
  retention: retentionView, statistics: statisticsView,
  account: accountView, personalData: personalDataView,
  notFound: notFoundView, forbidden: forbiddenView,
};

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const langSelect = document.getElementById('lang-select');
const userArea = document.getElementById('user-area');
const userMenu = document.getElementById('user-menu');
const logoutButton = document.getElementById('logout');
const footerVersion = document.getElementById('footer-version');

const session = { user: null, modules: [] };
const viewState = new Map(); // per-view memory (filters, paging), dropped at logout
let current = null; // { route, handle } where handle = { destroy?, modulesChanged? }
let pendingRoute = null; // where to go after login
let flash = null; // i18n key shown once on the login view

const moduleWatch = createModuleWatch((modules) => {
  session.modules = modules;
  renderChrome();
  current?.handle?.modulesChanged?.();
});

function navigate(path) {
  const target = `#${String(path).replace(/^#/, '') || '/'}`;
  if (location.hash === target) render();
  else location.hash = target;
}

/* ---------- shell chrome ---------- */

function applyStaticText() {
  document.documentElement.lang = getLang();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  langSelect.value = getLang();
}

function renderChrome() {
  const { user } = session;
  userArea.hidden = !user;
  userMenu.textContent = user ? user.displayName || user.username : '';
  renderNav(nav, { user, modules: session.modules, route: current?.route });
  const platform = session.modules.find((m) => m.id === 'platform');
  footerVersion.textContent = platform?.version ? t('footer.version', { version: platform.version }) : '';
}

function syncTitle() {
  const text = main.querySelector('h1')?.textContent?.trim();
  document.title = text ? t('app.titleSuffix', { title: text }) : t('app.name');
}

/* ---------- views ---------- */

function destroyCurrent() {
  try { current?.handle?.destroy?.(); } catch (err) { console.error(err); }
  current = null;
}

function render({ focus = true } = {}) {
  const route = parseRoute(currentPath());
  if (!session.user && route.name !== 'login') {
    pendingRoute = route.path;
    return redirect('/login');
  }
  if (session.user && route.name === 'login') return redirect('/');
  const forbidden = (ADMIN_ONLY.has(route.name) && !isAdmin(session.user))
    || (STAFF_ONLY.has(route.name) && !isStaff(session.user));
  const name = forbidden ? 'forbidden' : route.name;

  destroyCurrent();
  main.replaceChildren();
  current = { route, handle: VIEWS[name](main, app, route) ?? null };
  markCurrent(nav, route);
  syncTitle();
  if (focus) main.querySelector('h1')?.focus();
}

/** Services the shell offers its own views (UI modules get `ctx` instead). */
const app = {
  get user() { return session.user; },
  get modules() { return session.modules; },
  navigate,
  syncTitle,
  refreshModules: () => moduleWatch.refresh(),
  state(key) {
    if (!viewState.has(key)) viewState.set(key, {});
    return viewState.get(key);
  },
  consumeFlash() {
    const key = flash;
    flash = null;
    return key;
  },
  async login(data) {
    await startSession(data);
    const target = pendingRoute && pendingRoute !== '/login' ? pendingRoute : '/';
    pendingRoute = null;
    navigate(target);
  },
  /** True if the session still stands; otherwise ends it and shows the login view. */
  async sessionAlive() {
    try {
      const data = await api.get('/api/session', { redirectOn401: false });
      if (data?.csrfToken) setCsrfToken(data.csrfToken);
      return true;
    } catch (err) {
      if (err.status !== 401) return true;
      expireSession();
      return false;
    }
  },
  moduleContext(descriptor) {
    const { username, displayName, roles } = session.user;
    return {
      t,
      lang: getLang(),
      api,
      user: Object.freeze({ username, displayName, roles: Object.freeze([...roles]) }),
      navigate,
      label,
      module: descriptor,
    };
  },
};

/* ---------- session ---------- */

async function startSession(data) {
  session.user = {
    username: data.username,
    displayName: data.displayName || data.username,
    roles: Array.isArray(data.roles) ? data.roles : [],
  };
  setCsrfToken(data.csrfToken);
  renderChrome();
  await moduleWatch.start();
}

function endSession(flashKey) {
  session.user = null;
  session.modules = [];
  setCsrfToken(null);
  viewState.clear();
  moduleWatch.stop();
  flash = flashKey;
  // Take sensitive content off screen at once, not only when the login view replaces it.
  destroyCurrent();
  main.replaceChildren();
  renderChrome();
}

function expireSession() {
  if (!session.user) return;
  pendingRoute = currentPath();
  endSession('login.expired');
  render();
}

async function logout() {
  try {
    await api.del('/api/session', { redirectOn401: false });
  } catch (err) {
    // The local session ends regardless; the server-side one times out on its own.
    console.warn('Logout request failed', err);
  }
  pendingRoute = null;
  endSession('login.loggedOut');
  navigate('/login');
}

/* ---------- start-up ---------- */

function wireChrome() {
  langSelect.addEventListener('change', () => setLang(langSelect.value));
  onLangChange(() => {
    applyStaticText();
    renderChrome();
    preservingInputs(main, () => render({ focus: false }));
  });
  logoutButton.addEventListener('click', logout);
  // The skip link must not change the hash, or the router would read "#main" as a route.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', () => render());
  onUnauthorized(() => expireSession());
}

async function boot() {
  main.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('app.starting')));
  try {
    const data = await api.get('/api/session', { redirectOn401: false });
    await startSession(data);
  } catch (err) {
    if (err.status !== 401) {
      main.replaceChildren();
      startupErrorView(main, app, { error: err, retry: boot });
      syncTitle();
      main.querySelector('h1')?.focus();
      return;
    }
  }
  renderChrome();
  render({ focus: false });
}

applyStaticText();
wireChrome();
boot();
