// Statistics without identities (#/statistics, coordinators and admins): every installed module's counts from
// GET /api/statistics as bar charts drawn in plain SVG, each with its numbers beside the bars, so the page reads on
// a phone and to a screen reader. Titles and code labels come from the module's own statistics.js (beside its UI
// script); a withheld cell reads "under 5" in the page's language.

import { api } from '../api.js';
import { t, formatNumber } from '../i18n.js';
import { h, heading, errorRegion, showError, statusRegion } from '../dom.js';
import { moduleScript } from '../module-scripts.js';

const SVG = 'http://www.w3.org/2000/svg';
/** A report is reused for a minute, so switching language does not read (and audit) the figures again. */
const FRESH_MS = 60_000;

/** A horizontal bar, `share` of the full width (0..1). */
function bar(share, suppressed) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', suppressed ? 'stat-bar stat-bar-suppressed' : 'stat-bar');
  const rect = document.createElementNS(SVG, 'rect');
  rect.setAttribute('height', '10');
  rect.setAttribute('width', String(suppressed ? 100 : Math.max(share * 100, share > 0 ? 0.5 : 0)));
  svg.append(rect);
  return svg;
}

/** The module's labels, or the codes themselves when a module offers none. */
async function labellers(app, modules) {
  const out = {};
  for (const id of modules) {
    out[id] = (await moduleScript(app, id, 'statistics.js')) ?? { tableTitle: (x) => x, codeLabel: (d, code) => code };
  }
  return out;
}

function chart(table, labels, threshold) {
  const max = Math.max(1, ...table.cells.map((c) => c.count ?? 0));
  const under = t('statistics.suppressed', { threshold });
  const value = (n, suppressed) => (suppressed ? under : formatNumber(n));
  const id = `stat-${table.module}-${table.id}`;
  return h('section', { class: 'stat-chart', 'data-table': `${table.module}/${table.id}`, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, labels.tableTitle(table.id)),
    h('table', { class: 'stat-table' },
      h('thead', { class: 'visually-hidden' }, h('tr', {},
        h('th', { scope: 'col' }, t('statistics.category')), h('td', {}),
        h('th', { scope: 'col' }, t('statistics.count')))),
      h('tbody', {}, table.cells.map((c) => h('tr', { class: c.suppressed ? 'suppressed' : null },
        h('th', { scope: 'row' }, labels.codeLabel(table.dimension, c.code)),
        h('td', { class: 'stat-bar-cell' }, bar((c.count ?? 0) / max, c.suppressed)),
        h('td', { class: 'stat-count' }, value(c.count, c.suppressed))))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row' }, t('statistics.total')), h('td', {}),
        h('td', { class: 'stat-count' }, value(table.total, table.totalSuppressed))))));
}

export function statisticsView(main, app) {
  const state = app.state('statistics');
  const error = errorRegion('statistics-error');
  const status = statusRegion('statistics-status', 'muted');
  const body = h('div', { class: 'stat-grid', id: 'statistics-charts' });
  main.append(
    heading(t('statistics.title')),
    h('p', {}, t('statistics.intro')),
    h('p', { class: 'actions' },
      h('a', { class: 'button', id: 'statistics-csv', href: '/api/statistics?format=csv', download: '' }, t('statistics.downloadCsv')),
      h('a', { class: 'button', id: 'statistics-json', href: '/api/statistics', download: 'mentorkit-statistics.json' },
        t('statistics.downloadJson'))),
    error, status, body);
  let destroyed = false;

  async function load() {
    status.textContent = t('common.loading');
    try {
      if (!state.report || Date.now() - state.at > FRESH_MS) {
        state.report = await api.get('/api/statistics');
        state.at = Date.now();
      }
      const report = state.report;
      const labels = await labellers(app, [...new Set(report.tables.map((x) => x.module))]);
      if (destroyed) return;
      status.textContent = report.tables.length
        ? t('statistics.threshold', { threshold: report.threshold }) : t('statistics.empty');
      body.replaceChildren(...report.tables.map((x) => chart(x, labels[x.module], report.threshold)));
    } catch (err) {
      if (destroyed) return;
      status.textContent = '';
      showError(error, err);
    }
  }
  load();
  return { destroy() { destroyed = true; } };
}
