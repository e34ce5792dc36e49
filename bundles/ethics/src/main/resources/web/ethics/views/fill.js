// Filling in a checklist, with comments, signing and countersigning.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { formatDateTime, roleName } from '/ui/i18n.js';
import { visibleItems } from '/ui/forms/visibility.js';
import { BASE, go, link, nav, subjectLabel } from '../common.js';

function checklistItems(def, answers, readOnly, t, label, onChange) {
  const wrappers = new Map();
  const apply = () => {
    const visible = visibleItems(def, answers);
    for (const [id, el] of wrappers) el.hidden = !visible.has(id);
  };
  const sections = def.sections.map((s) => h('fieldset', { class: 'ethics-section' },
    h('legend', {}, label(s.title)),
    s.items.map((item) => {
      let body;
      if (item.type === 'display') {
        body = h('div', { class: 'ethics-display' }, String(label(item.text) || label(item.label) || '').split(/\n\n+/).map((p) => h('p', {}, p)));
      } else {
        const a = answers[item.id] || {};
        const choices = item.type === 'yesno' ? [{ value: true, text: t('ethics.yes') }, { value: false, text: t('ethics.no') }]
          : (item.options || []).map((o) => ({ value: o.value, text: label(o.label) }));
        const group = h('div', { class: 'form-choices', role: 'radiogroup', 'aria-labelledby': `label-${item.id}` },
          choices.map((c, i) => {
            const id = `f-${item.id}-${i}`;
            return h('div', { class: 'checkbox' },
              h('input', { id, type: 'radio', name: `answers.${item.id}`, value: String(c.value), checked: a.value === c.value,
                disabled: readOnly, dataset: { test: `choice-${item.id}-${String(c.value)}` },
                on: { change: () => { answers[item.id] = { ...(answers[item.id] || {}), value: c.value }; apply(); onChange(); } } }),
              h('label', { for: id }, c.text));
          }));
        const comment = h('textarea', { id: `comment-${item.id}`, name: `answers.${item.id}.comment`, rows: 2, maxlength: 2000,
          readOnly, dataset: { test: `comment-${item.id}` },
          on: { input: (e) => { answers[item.id] = { ...(answers[item.id] || {}), comment: e.target.value }; onChange(); } } });
        comment.value = a.comment || '';
        body = [
          h('p', { id: `label-${item.id}`, class: 'ethics-item-label' }, label(item.label), item.required ? h('span', { class: 'visually-hidden' }, ' *') : null),
          item.help ? h('p', { class: 'hint' }, label(item.help)) : null,
          group,
          h('div', { class: 'field ethics-comment' }, h('label', { for: `comment-${item.id}` }, t('ethics.comment')), comment)];
      }
      const wrap = h('div', { class: 'field ethics-item', id: `item-${item.id}`, dataset: { test: `item-${item.id}` } }, body);
      wrappers.set(item.id, wrap);
      return wrap;
    })));
  apply();
  return sections;
}

export async function fillPage(container, ctx, q) {
  const { t, api, label } = ctx;
  const id = q.get('id');
  const errors = errorRegion('ethics-error');
  const status = statusRegion('ethics-status-message');
  const view = await api.get(`${BASE}/completions/${id}`);
  const s = view.summary;
  const editable = view.mine && s.status === 'draft';
  const answers = structuredClone(view.answers || {});
  let version = s.version;
  const items = checklistItems(view.form, answers, !editable, t, label, () => clearRegion(status));
  const body = () => ({ version, answers });
  const save = async (sign) => {
    clearRegion(errors);
    clearRegion(status);
    try {
      const saved = sign ? await api.post(`${BASE}/completions/${id}/sign`, body())
        : await api.put(`${BASE}/completions/${id}`, body());
      version = saved.summary.version;
      if (sign) go({ page: 'fill', id, signed: '1' }); else showMessage(status, t('ethics.saved'));
    } catch (err) { showError(errors, err); }
  };
  const signInfo = [
    s.signedAt ? h('p', { id: 'ethics-signed-by' }, t('ethics.signedBy', { who: s.signedBy, when: formatDateTime(s.signedAt) })) : null,
    s.countersignedAt ? h('p', { id: 'ethics-countersigned-by' }, t('ethics.countersignedBy', { who: s.countersignedBy,
      role: roleName(s.countersignedRole), when: formatDateTime(s.countersignedAt) })) : null,
    view.countersignComment ? h('p', {}, view.countersignComment) : null];
  const csComment = h('textarea', { id: 'ethics-countersign-comment', rows: 2, maxlength: 2000 });
  const countersign = view.mayCountersign ? h('form', { class: 'form panel no-print', id: 'ethics-countersign-form',
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        await api.post(`${BASE}/completions/${id}/countersign`, { version, comment: csComment.value });
        go({ page: 'fill', id, countersigned: '1' });
      } catch (err) { showError(errors, err); }
    } } },
  h('div', { class: 'field' }, h('label', { for: 'ethics-countersign-comment' }, t('ethics.countersignComment')), csComment),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'ethics-countersign' }, t('ethics.countersign'))))
    : null;
  const actions = editable ? h('div', { class: 'actions no-print' },
    h('button', { type: 'button', class: 'button', id: 'ethics-save', on: { click: () => save(false) } }, t('ethics.saveDraft')),
    h('button', { type: 'button', class: 'button button-primary', id: 'ethics-sign', on: { click: () => save(true) } }, t('ethics.sign')),
    h('p', { class: 'hint' }, t('ethics.signHint'))) : null;
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, label(view.form.title)), nav(ctx),
    h('p', {}, `${t('ethics.subject')}: ${s.label} · ${view.form.id} ${s.formVersion} · `,
      h('strong', { id: 'ethics-status', dataset: { status: s.status } }, t(`ethics.status.${s.status}`))),
    view.form.description ? h('p', { class: 'hint' }, label(view.form.description)) : null,
    errors, status, signInfo,
    h('form', { class: 'form', id: 'ethics-fill', novalidate: true, on: { submit: (e) => e.preventDefault() } }, items, actions),
    countersign,
    s.subject.startsWith('course:') ? h('p', {}, link(t('ethics.showReport'), { page: 'report', course: subjectLabel(s.subject) })) : null));
  if (q.get('countersigned')) showMessage(status, t('ethics.countersigned'));
}
