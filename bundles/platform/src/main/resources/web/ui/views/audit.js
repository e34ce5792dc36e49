import { api } from '../api.js';
import { t, formatNumber } from '../i18n.js';
import {
  h, heading, field, errorRegion, statusRegion, showError, clearRegion, beginBusy, endBusy, timeEl, tableWrap,
  describeError,
} from '../dom.js';

const PAGE_SIZES = [25, 50, 100, 200];
const FILTERS = [
  ['actor', 'audit-actor', 'audit.actor'],
  ['action', 'audit-action', 'audit.action'],
  ['recordType', 'audit-record-type', 'audit.recordType'],
  ['recordId', 'audit-record-id', 'audit.recordId'],
];

function emptyFilter() {
  return { actor: '', action: '', recordType: '', recordId: '', from: '', to: '' };
}

/** datetime-local gives wall-clock time without zone; the API wants an instant. */
function toInstant(local) {
  if (!local) return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** A known action by its label (e.g. a role change), with its code kept as the title; others by their code. */
function actionCell(action) {
  if (action == null) return h('td', {}, '');
  const key = `audit.actions.${action}`;
  const text = t(key);
  return text === key ? h('td', {}, action) : h('td', { title: action, 'data-action': action }, text);
}

function detailText(detail) {
  if (detail == null) return '';
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

export function auditView(main, app) {
  // Filter, page and last verification survive language switches and visits within the session.
  const state = app.state('audit');
  state.filter ??= emptyFilter();
  state.limit ??= 50;
  state.offset ??= 0;

  const error = errorRegion('audit-error');
  const rangeInfo = statusRegion('audit-range', 'range-info');
  const tbody = h('tbody');
  const table = h('table', { id: 'audit-table', class: 'table table-compact', 'aria-busy': 'true' },
    h('caption', { class: 'visually-hidden' }, t('audit.caption')),
    h('thead', {}, h('tr', {},
      ['audit.id', 'audit.at', 'audit.actor', 'audit.action', 'audit.module', 'audit.record', 'audit.remote',
        'audit.detail', 'audit.hash'].map((key) => h('th', { scope: 'col' }, t(key))))),
    tbody);

  const pageButton = (text, onClick) => h('button', { type: 'button', class: 'button', on: { click: onClick } }, text);
  const prev = pageButton(t('audit.prev'), () => page(-1));
  const next = pageButton(t('audit.next'), () => page(1));
  let total = 0;
  let loading = false;

  function row(entry) {
    const hash = entry.hash ? String(entry.hash) : '';
    const record = [entry.recordType, entry.recordId].filter((x) => x != null && x !== '').join(' ');
    return h('tr', {},
      h('th', { scope: 'row' }, String(entry.id ?? '')),
      h('td', { class: 'nowrap' }, timeEl(entry.at)),
      h('td', {}, entry.actor ?? ''),
      actionCell(entry.action),
      h('td', {}, entry.module ?? ''),
      h('td', {}, record),
      h('td', {}, entry.remoteAddress ?? ''),
      h('td', { class: 'cell-detail' }, detailText(entry.detail)),
      h('td', {}, hash ? h('code', { class: 'hash', title: hash }, hash.length > 12 ? `${hash.slice(0, 12)}…` : hash) : ''));
  }

  function setPager() {
    // aria-disabled rather than disabled, so the focused button keeps focus on the last page.
    prev.setAttribute('aria-disabled', String(state.offset <= 0 || loading));
    next.setAttribute('aria-disabled', String(state.offset + state.limit >= total || loading));
  }

  async function load() {
    loading = true;
    setPager();
    table.setAttribute('aria-busy', 'true');
    clearRegion(error);
    const f = state.filter;
    try {
      const result = await api.get('/api/audit', {
        query: {
          actor: f.actor.trim(), action: f.action.trim(), recordType: f.recordType.trim(), recordId: f.recordId.trim(),
          from: toInstant(f.from), to: toInstant(f.to), limit: state.limit, offset: state.offset,
        },
      });
      const entries = Array.isArray(result?.entries) ? result.entries : [];
      total = Number(result?.total ?? entries.length);
      if (entries.length === 0 && state.offset > 0 && total > 0) {
        // The log shrank under us (or a stale offset); fall back to the last page.
        state.offset = Math.max(0, Math.floor((total - 1) / state.limit) * state.limit);
        loading = false;
        return load();
      }
      tbody.replaceChildren(...entries.map(row));
      rangeInfo.textContent = entries.length
        ? t('audit.range', {
          from: formatNumber(state.offset + 1), to: formatNumber(state.offset + entries.length), total: formatNumber(total),
        })
        : t('audit.empty');
    } catch (err) {
      tbody.replaceChildren();
      rangeInfo.textContent = '';
      total = 0;
      showError(error, err);
    } finally {
      loading = false;
      table.setAttribute('aria-busy', 'false');
      setPager();
    }
  }

  function page(direction) {
    const button = direction < 0 ? prev : next;
    if (button.getAttribute('aria-disabled') === 'true') return;
    state.offset = Math.max(0, state.offset + direction * state.limit);
    load();
  }

  main.append(
    heading(t('audit.title')),
    h('p', { class: 'lead' }, t('audit.intro')),
    filterSection(state, () => { state.offset = 0; load(); }, error),
    verifySection(state),
    h('section', { class: 'section', 'aria-labelledby': 'audit-results-heading' },
      h('h2', { id: 'audit-results-heading', class: 'visually-hidden' }, t('audit.caption')),
      error,
      rangeInfo,
      tableWrap(table, t('audit.caption')),
      h('nav', { class: 'pager', 'aria-label': t('audit.pager') }, prev, next)));

  load();
}

function filterSection(state, search, error) {
  const f = state.filter;
  const limit = h('select', { id: 'audit-limit', name: 'limit' },
    PAGE_SIZES.map((n) => h('option', { value: String(n), selected: n === state.limit }, String(n))));
  const form = h('form', { id: 'audit-filter-form', class: 'form form-grid', 'aria-labelledby': 'audit-filter-heading' },
    FILTERS.map(([name, id, key]) => field({ id, name, label: t(key), value: f[name], autocomplete: 'off' })),
    field({ id: 'audit-from', name: 'from', label: t('audit.from'), type: 'datetime-local', value: f.from,
      attrs: { step: '1' } }),
    field({ id: 'audit-to', name: 'to', label: t('audit.to'), type: 'datetime-local', value: f.to, attrs: { step: '1' } }),
    h('div', { class: 'field' }, h('label', { for: 'audit-limit' }, t('audit.pageSize')), limit),
    h('div', { class: 'actions form-grid-full' },
      h('button', { type: 'submit', class: 'button button-primary' }, t('audit.search')),
      h('button', { type: 'reset', class: 'button' }, t('audit.clear'))));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = emptyFilter();
    for (const key of Object.keys(next)) next[key] = form.elements[key].value;
    const from = toInstant(next.from);
    const to = toInstant(next.to);
    if (from && to && from > to) {
      showError(error, { detail: t('audit.badRange') });
      form.elements.from.focus();
      return;
    }
    state.filter = next;
    state.limit = Number(limit.value) || 50;
    search();
  });
  form.addEventListener('reset', (event) => {
    // Native reset would restore the initial values, which may hold the old filter.
    event.preventDefault();
    for (const el of form.querySelectorAll('input')) el.value = '';
    state.filter = emptyFilter();
    search();
  });

  return h('section', { class: 'section panel', 'aria-labelledby': 'audit-filter-heading' },
    h('h2', { id: 'audit-filter-heading' }, t('audit.filterHeading')),
    form);
}

function verifySection(state) {
  const result = h('div', { id: 'audit-verify-result', class: 'verify-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'audit-verify', class: 'button' }, t('audit.verify'));

  function show() {
    const v = state.verify;
    result.className = 'verify-result';
    if (!v) {
      result.replaceChildren();
      return;
    }
    if (v.error) {
      result.classList.add('verify-bad');
      result.replaceChildren(h('p', {}, describeError(v.error)));
    } else if (v.valid) {
      result.classList.add('verify-ok');
      result.replaceChildren(h('p', {}, t('audit.valid', { checked: formatNumber(v.checked ?? 0) })));
    } else {
      result.classList.add('verify-bad');
      result.replaceChildren(
        h('p', {}, t('audit.invalid', { id: v.brokenAt ?? '?', checked: formatNumber(v.checked ?? 0) })),
        ...(v.detail ? [h('p', {}, v.detail)] : []));
    }
  }

  button.addEventListener('click', async () => {
    if (!beginBusy(button, t('audit.verifying'))) return;
    state.verify = null;
    result.className = 'verify-result';
    result.replaceChildren(h('p', {}, t('audit.verifying')));
    try {
      state.verify = await api.get('/api/audit/verify');
    } catch (err) {
      state.verify = { error: { status: err.status, detail: err.detail, title: err.title } };
    } finally {
      endBusy(button);
      show();
    }
  });

  show();
  return h('section', { class: 'section', 'aria-labelledby': 'audit-verify-heading' },
    h('h2', { id: 'audit-verify-heading' }, t('audit.verifyHeading')),
    h('div', { class: 'verify' }, button, result));
}
