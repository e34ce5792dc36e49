// Access for the data subject (#/account/data; an admin adds ?user=<id>): everything Mentorkit holds about an
// account, from GET /api/personal-data, as a page to read and print (GDPR art. 15), with the JSON to download.
// Each module's part is drawn by the personal-data.js beside its UI script, in the module's own words; the
// reads of those records come last, newest first.

import { api } from '../api.js';
import { t, roleName, formatDateTime } from '../i18n.js';
import { h, heading, errorRegion, showError, statusRegion, timeEl } from '../dom.js';
import { moduleScript } from '../module-scripts.js';
import { moduleTitle } from '../nav.js';

function requestedUser() {
  const id = new URLSearchParams(location.hash.split('?')[1] ?? '').get('user');
  return id && /^\d{1,18}$/.test(id) ? id : null;
}

function titleOf(app, id) {
  const module = app.modules.find((m) => m.id === id);
  return module ? moduleTitle(module) : id;
}

/** Each module's personal-data.js, loaded once for its section and for naming the reads of its records. */
async function moduleParts(app, ids) {
  const parts = {};
  for (const id of ids) parts[id] = await moduleScript(app, id, 'personal-data.js');
  return parts;
}

function moduleSection(app, id, records, part) {
  return h('section', { class: 'section panel', 'data-module': id, 'aria-labelledby': `pd-${id}` },
    h('h2', { id: `pd-${id}` }, titleOf(app, id)),
    part ? part.render(records) : h('p', {}, t('personalData.unreadable')));
}

function readsTable(app, reads, labels) {
  const what = (r) => labels[r.module]?.recordLabel(r.recordType, r.recordId) ?? t('personalData.record');
  return h('section', { class: 'section', 'aria-labelledby': 'pd-reads' },
    h('h2', { id: 'pd-reads' }, t('personalData.reads')),
    h('p', {}, t('personalData.readsIntro')),
    reads.length === 0 ? h('p', {}, t('personalData.noReads'))
      : h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'personal-data-reads' },
        h('thead', {}, h('tr', {}, [t('personalData.when'), t('personalData.who'), t('personalData.module'),
          t('personalData.what')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, reads.map((r) => h('tr', {}, h('td', {}, timeEl(r.at)), h('td', {}, r.actor),
          h('td', {}, titleOf(app, r.module)), h('td', {}, what(r))))))));
}

export function personalDataView(main, app) {
  const user = requestedUser();
  const path = user ? `/api/personal-data/${user}` : '/api/personal-data';
  const error = errorRegion('personal-data-error');
  const status = statusRegion('personal-data-status', 'muted');
  const body = h('div', { id: 'personal-data' });
  main.append(heading(t(user ? 'personalData.titleFor' : 'personalData.title')),
    h('p', {}, t('personalData.intro')),
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'button', id: 'personal-data-print', on: { click: () => window.print() } },
        t('personalData.print')),
      h('a', { class: 'button', id: 'personal-data-json', href: path, download: 'mentorkit-personal-data.json' },
        t('personalData.downloadJson'))),
    error, status, body);
  let destroyed = false;

  async function load() {
    status.textContent = t('common.loading');
    try {
      const data = await api.get(path);
      const a = data.account;
      const modules = data.modules ?? {};
      const readBy = data.readBy ?? [];
      const scripts = await moduleParts(app, new Set([...Object.keys(modules), ...readBy.map((r) => r.module)]));
      const parts = Object.entries(modules).map(([id, records]) => moduleSection(app, id, records, scripts[id]));
      const reads = readsTable(app, readBy, scripts);
      if (destroyed) return;
      status.textContent = t('personalData.generated', { when: formatDateTime(data.at) });
      body.replaceChildren(
        h('section', { class: 'section panel', 'aria-labelledby': 'pd-account' },
          h('h2', { id: 'pd-account' }, t('account.details')),
          h('dl', { class: 'details', id: 'personal-data-account' },
            h('dt', {}, t('common.username')), h('dd', {}, a.username),
            h('dt', {}, t('common.displayName')), h('dd', {}, a.displayName || a.username),
            h('dt', {}, t('common.roles')), h('dd', {}, (a.roles ?? []).map((r) => roleName(String(r).toLowerCase())).join(', ') || t('common.none')))),
        ...(parts.length ? parts : [h('p', {}, t('personalData.nothingElse'))]),
        reads);
    } catch (err) {
      if (destroyed) return;
      status.textContent = '';
      showError(error, err);
    }
  }
  load();
  return { destroy() { destroyed = true; } };
}
