// The timeline of one case.

import { h, timeEl } from '/ui/dom.js';
import { BASE, link, shownChange, table } from '../common.js';

export async function timelinePage(container, ctx, q) {
  const { t, api, label } = ctx;
  const caseCode = q.get('case') || '';
  const lines = await api.get(`${BASE}/timeline`, { query: { caseCode } });
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, `${t('assessment.timeline')} – ${caseCode}`),
    h('p', {}, link(t('assessment.back'), {})),
    lines.length ? null : h('p', { class: 'muted' }, t('assessment.none')),
    h('div', { id: 'timeline' }, lines.map((line) => h('section', { class: 'timeline-form', dataset: { test: `timeline-${line.formId}` } },
      h('h3', {}, label(line.title)),
      h('ol', { class: 'timeline' }, line.entries.map((e, i) => h('li', { class: 'timeline-entry', dataset: { test: `entry-${e.assessmentId}` } },
        h('p', {}, timeEl(e.submittedAt), ` · ${t('assessment.version')} ${e.formVersion} · ${e.author} · `,
          link(t('assessment.report'), { page: 'report', id: e.assessmentId })),
        i === 0 ? h('p', { class: 'muted' }, t('assessment.first'))
          : e.changes.length === 0 ? h('p', { class: 'muted' }, t('assessment.noChanges'))
            : h('table', { class: 'table table-compact timeline-changes' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('assessment.item')),
                h('th', { scope: 'col' }, t('assessment.before')), h('th', { scope: 'col' }, t('assessment.after')))),
              h('tbody', {}, e.changes.map((c) => h('tr', { dataset: { test: `change-${c.item}` } },
                h('th', { scope: 'row' }, label(c.label)), h('td', {}, shownChange(c.before, ctx)),
                h('td', {}, shownChange(c.after, ctx))))))))))))));
}
