// How far two raters of the same case agree.

import { h, errorRegion, showError } from '/ui/dom.js';
import { BASE, link, shownChange, table } from '../common.js';

export async function agreementPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const errors = errorRegion('agreement-error');
  let r = null;
  try {
    r = await api.get(`${BASE}/assessments/${q.get('id')}/agreement`);
  } catch (err) {
    showError(errors, err);
  }
  container.replaceChildren(h('div', { class: 'assessment-page' },
    h('h2', {}, t('assessment.agreement')),
    h('p', {}, link(t('assessment.back'), {})),
    errors,
    r ? h('p', { id: 'agreement-figure' }, t('assessment.agreementFigure', {
      share: Math.round(r.agreement * 100), n: r.compared,
      kappa: r.kappa == null ? '–' : r.kappa.toFixed(2) })) : null,
    r ? h('table', { class: 'table table-compact', id: 'agreement-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('assessment.item')),
        h('th', { scope: 'col' }, t('assessment.rater1')), h('th', { scope: 'col' }, t('assessment.rater2')),
        h('th', { scope: 'col' }, t('assessment.agree')))),
      h('tbody', {}, r.items.map((i) => h('tr', { class: i.agree ? '' : 'deployment-refused' },
        h('th', { scope: 'row' }, label(i.label)), h('td', {}, shownChange(i.first, ctx)),
        h('td', {}, shownChange(i.second, ctx)), h('td', {}, i.agree ? t('assessment.yes') : t('assessment.no')))))) : null));
}
