// The disclosure log.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { BASE, BASES, caseCodes, disclosureHeaders, disclosureRows, go, link, nav, table } from '../common.js';

export async function disclosuresPage(container, ctx, q) {
  const { t, api } = ctx;
  const course = q.get('course') || '';
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const list = await api.get(`${BASE}/disclosures`, course ? { query: { course } } : undefined);
  const input = (id, attrs = {}) => h('input', { id: `d-${id}`, name: id, ...attrs });
  const fields = {
    caseCode: input('caseCode', { value: course, autocomplete: 'off' }),
    disclosedAt: input('disclosedAt', { type: 'date', value: new Date().toISOString().slice(0, 10) }),
    recipient: input('recipient', { 'aria-describedby': 'd-recipient-hint' }),
    what: h('textarea', { id: 'd-what', name: 'what', rows: 3, maxlength: 4000 }),
    legalBasis: h('select', { id: 'd-legalBasis', name: 'legalBasis' }, BASES.map((b) => h('option', { value: b }, t(`ethics.basis.${b}`)))),
    legalBasisText: h('textarea', { id: 'd-legalBasisText', name: 'legalBasisText', rows: 2, maxlength: 2000, 'aria-describedby': 'd-basis-hint' }),
    decidedBy: input('decidedBy', { value: ctx.user.displayName || ctx.user.username }),
    corrects: input('corrects', { inputmode: 'numeric' }),
    correctionReason: input('correctionReason'),
  };
  const f = (key, text, hint) => h('div', { class: 'field' }, h('label', { for: fields[key].id }, text),
    hint ? h('p', { class: 'hint', id: hint.id }, hint.text) : null, fields[key]);
  const form = h('form', { class: 'form panel', id: 'ethics-disclosure-form', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      const body = Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value.trim() || null]));
      body.corrects = body.corrects ? Number(body.corrects) : null;
      try {
        await api.post(`${BASE}/disclosures`, body);
        go({ page: 'disclosures', course: body.caseCode || '', recorded: '1' });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('ethics.newDisclosure')),
  f('caseCode', t('ethics.caseCode')), caseCodes(ctx, fields.caseCode, 'ethics-disclosure-codes'), f('disclosedAt', t('ethics.disclosedAt')),
  f('recipient', t('ethics.recipient'), { id: 'd-recipient-hint', text: t('ethics.recipientHint') }),
  f('what', t('ethics.whatShared')), f('legalBasis', t('ethics.legalBasis')),
  f('legalBasisText', t('ethics.legalBasisText'), { id: 'd-basis-hint', text: t('ethics.legalBasisHint') }),
  f('decidedBy', t('ethics.decidedBy')), f('corrects', t('ethics.corrects')), f('correctionReason', t('ethics.correctionReason')),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-disclosure-save' }, t('ethics.record'))));
  const mayRecord = ctx.user.roles.some((r) => r !== 'admin');
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.disclosures')), nav(ctx), errors, status,
    mayRecord ? form : null,
    list.length ? table('ethics-disclosures', t('ethics.disclosures'), disclosureHeaders(t), disclosureRows(ctx, list)) : h('p', {}, t('ethics.none')),
    course ? h('p', {}, link(t('ethics.showReport'), { page: 'report', course }, { id: 'ethics-to-report' })) : null));
  if (q.get('recorded')) showMessage(status, t('ethics.recorded'));
}
