// Admin settings: which checklists a course requires.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { BASE, nav, table } from '../common.js';

export async function adminPage(container, ctx) {
  const { t, api, label } = ctx;
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const [req, checklists] = await Promise.all([api.get(`${BASE}/requirements`), api.get(`${BASE}/checklists`)]);
  const ids = [...new Map(checklists.map((c) => [c.id, c])).values()];
  let version = req.version;
  const boxes = ids.map((c) => h('div', { class: 'checkbox' },
    h('input', { type: 'checkbox', id: `req-${c.id}`, name: 'required', value: c.id, checked: req.required.includes(c.id),
      dataset: { test: `required-${c.id}` } }),
    h('label', { for: `req-${c.id}` }, `${label(c.title)} (${t(`ethics.applies.${c.appliesTo}`)}, ${t(`ethics.stage.${c.stage}`)})`)));
  const form = h('form', { class: 'form panel', id: 'ethics-requirements-form',
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      clearRegion(status);
      const required = [...form.querySelectorAll('input[name=required]:checked')].map((el) => el.value);
      try {
        const saved = await api.put(`${BASE}/requirements`, { required, version });
        version = saved.version;
        showMessage(status, t('ethics.requirementsSaved'));
      } catch (err) { showError(errors, err); }
    } } },
  h('fieldset', {}, h('legend', {}, t('ethics.requirements')), h('p', { class: 'hint' }, t('ethics.requirementsHint')), boxes),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-requirements-save' }, t('ethics.saveRequirements'))));
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.admin')), nav(ctx), errors, status, form,
    h('h3', {}, t('ethics.checklist')),
    table('ethics-checklists', t('ethics.checklist'), ['id', t('ethics.checklist'), t('ethics.appliesTo'), t('ethics.stage'), t('ethics.status')],
      checklists.map((c) => h('tr', {}, h('td', {}, `${c.id} ${c.version}`), h('td', {}, label(c.title)),
        h('td', {}, t(`ethics.applies.${c.appliesTo}`)), h('td', {}, t(`ethics.stage.${c.stage}`)), h('td', {}, t(`ethics.status.${c.status}`)))))));
}
