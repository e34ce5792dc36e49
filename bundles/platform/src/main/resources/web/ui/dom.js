// Small DOM helpers. Everything goes through textContent / setAttribute, never
// innerHTML, so data from the API can never become markup.

import { t, formatDateTime } from './i18n.js';

const PROPS = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'required', 'multiple', 'readOnly']);

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'style') throw new Error('Inline styles are blocked by the Content-Security-Policy; use a class.');
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (PROPS.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  appendChildren(el, children);
  return el;
}

function appendChildren(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** The view heading; tabindex lets the router move focus to it after navigation. */
export function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

export function timeEl(iso, fallback = '') {
  if (!iso) return fallback;
  return h('time', { datetime: iso }, formatDateTime(iso));
}

export function describeError(err) {
  if (!err) return t('error.generic');
  if (err.status === 0) return t('error.network');
  if (err.detail) return err.detail;
  if (err.status === 403) return t('error.forbidden');
  return err.title || t('error.generic');
}

export function errorRegion(id) {
  return h('div', { id, class: 'alert alert-error', role: 'alert', hidden: true });
}

export function statusRegion(id, className = 'notice') {
  return h('div', { id, class: className, role: 'status', 'aria-live': 'polite' });
}

/** Fills an alert region with the problem detail and each `field: message`. */
export function showError(region, err, extraLines = []) {
  const items = (err?.errors ?? []).map((e) => h('li', {}, e.field ? `${e.field}: ${e.message}` : e.message));
  region.replaceChildren(
    h('p', {}, describeError(err)),
    ...extraLines.map((line) => h('p', {}, line)),
    ...(items.length ? [h('ul', {}, items)] : []),
  );
  region.hidden = false;
}

export function showMessage(region, text) {
  region.replaceChildren(h('p', {}, text));
  region.hidden = false;
}

export function clearRegion(region) {
  region.replaceChildren();
  if (region.getAttribute('role') === 'alert') region.hidden = true;
}

/** Labelled form field; returns the wrapper. `hint` is tied to the input by aria-describedby. */
export function field({ id, name, label, type = 'text', value, required, autocomplete, hint, attrs }) {
  const hintId = hint ? `${id}-hint` : null;
  const input = h('input', {
    id, name: name ?? id, type, value, required, autocomplete,
    'aria-describedby': hintId, ...attrs,
  });
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { id: hintId, class: 'hint' }, hint) : null,
    input);
}

/** Checkbox group for roles, as a fieldset so the legend names the group. */
export function roleCheckboxes({ idPrefix, legend, roles, selected = [], nameOf }) {
  return h('fieldset', { class: 'field checkbox-group' },
    h('legend', {}, legend),
    roles.map((role) => h('div', { class: 'checkbox' },
      h('input', {
        type: 'checkbox', id: `${idPrefix}-${role}`, name: 'roles', value: role,
        checked: selected.includes(role),
      }),
      h('label', { for: `${idPrefix}-${role}` }, nameOf(role)))));
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((el) => el.value);
}

/** Marks inputs named by problem `errors[].field` and puts the message beside them. */
export function markFieldErrors(form, err) {
  clearFieldErrors(form);
  for (const e of err?.errors ?? []) {
    const control = e.field && form.elements.namedItem(e.field);
    const target = control instanceof RadioNodeList ? control[0] : control;
    if (!target) continue;
    const wrap = target.closest('.field');
    const msgId = `${target.id || e.field}-error`;
    if (wrap && !document.getElementById(msgId)) {
      wrap.append(h('p', { id: msgId, class: 'field-error' }, e.message));
    }
    const inputs = control instanceof RadioNodeList ? [...control] : [target];
    for (const input of inputs) {
      input.setAttribute('aria-invalid', 'true');
      const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (!described.includes(msgId)) input.setAttribute('aria-describedby', [...described, msgId].join(' '));
    }
  }
}

export function clearFieldErrors(form) {
  for (const msg of form.querySelectorAll('.field-error')) {
    for (const input of form.querySelectorAll(`[aria-describedby~="${msg.id}"]`)) {
      const rest = input.getAttribute('aria-describedby').split(' ').filter((x) => x && x !== msg.id);
      if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
      else input.removeAttribute('aria-describedby');
    }
    msg.remove();
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * Marks a submit button busy without `disabled`, which would drop keyboard
 * focus to <body>. Returns false if it was already busy (double submit).
 */
export function beginBusy(button, busyText) {
  if (button.getAttribute('aria-disabled') === 'true') return false;
  button.dataset.idleText = button.textContent;
  button.setAttribute('aria-disabled', 'true');
  if (busyText) button.textContent = busyText;
  return true;
}

export function endBusy(button) {
  button.removeAttribute('aria-disabled');
  if (button.dataset.idleText) button.textContent = button.dataset.idleText;
  delete button.dataset.idleText;
}

/** Tables scroll sideways on narrow screens; the region makes that reachable by keyboard. */
export function tableWrap(table, labelText) {
  return h('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': labelText }, table);
}
