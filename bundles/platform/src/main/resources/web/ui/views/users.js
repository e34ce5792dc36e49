import { api } from '../api.js';
import { t, roleName, localisePasswordErrors } from '../i18n.js';
import {
  h, heading, field, roleCheckboxes, checkedValues, errorRegion, statusRegion, showError, showMessage,
  clearRegion, markFieldErrors, clearFieldErrors, beginBusy, endBusy, timeEl, tableWrap,
} from '../dom.js';

export const ROLES = ['admin', 'coordinator', 'mentor', 'supervisor'];

const userPath = (username) => `/api/users/${encodeURIComponent(username)}`;

export function usersView(main, app) {
  const error = errorRegion('users-error');
  const status = statusRegion('users-status');
  const listInfo = h('p', { class: 'muted', id: 'users-info' }, t('common.loading'));
  const tbody = h('tbody');
  const table = h('table', { id: 'users-table', class: 'table', 'aria-busy': 'true' },
    h('caption', { class: 'visually-hidden' }, t('users.caption')),
    h('thead', {}, h('tr', {},
      [t('common.username'), t('common.displayName'), t('common.roles'), t('users.status'), t('users.created'),
        t('users.lastLogin'), t('users.actions')].map((text) => h('th', { scope: 'col' }, text)))),
    tbody);
  const editor = h('section', { id: 'user-edit', class: 'section panel', hidden: true, 'aria-labelledby': 'user-edit-heading' });
  let users = [];

  function findButton(action, username) {
    return [...tbody.querySelectorAll(`button[data-action="${action}"]`)].find((b) => b.dataset.username === username);
  }

  function row(user) {
    const { username } = user;
    const enabled = user.enabled !== false;
    const self = username === app.user.username;
    const toggle = h('button', {
      type: 'button', class: 'button button-small',
      'aria-label': t(enabled ? 'users.disableUser' : 'users.enableUser', { username }),
      // Your own account stays reachable by keyboard so the reason can be announced.
      'aria-disabled': self && enabled ? 'true' : null,
      dataset: { action: 'toggle', username },
      on: { click: () => toggleEnabled(user) },
    }, t(enabled ? 'users.disable' : 'users.enable'));
    return h('tr', { class: enabled ? null : 'row-disabled' },
      h('th', { scope: 'row' }, username),
      h('td', {}, user.displayName ?? ''),
      h('td', {}, (user.roles ?? []).map(roleName).join(', ') || t('common.none')),
      h('td', {}, h('span', { class: ['badge', enabled ? 'badge-ok' : 'badge-off'] },
        t(enabled ? 'users.enabled' : 'users.disabled'))),
      h('td', {}, timeEl(user.createdAt)),
      h('td', {}, timeEl(user.lastLoginAt, t('common.never'))),
      h('td', { class: 'cell-actions' },
        h('button', {
          type: 'button', class: 'button button-small', 'aria-label': t('users.editUser', { username }),
          dataset: { action: 'edit', username }, on: { click: () => openEditor(user) },
        }, t('users.edit')),
        h('a', { class: 'button button-small', href: `#/account/data?user=${user.id}`, dataset: { action: 'personal-data', username },
          'aria-label': t('users.personalDataOf', { username }) }, t('users.personalData')),
        toggle));
  }

  function renderRows(refocus) {
    tbody.replaceChildren(...users.map(row));
    table.setAttribute('aria-busy', 'false');
    listInfo.textContent = users.length ? '' : t('users.empty');
    listInfo.hidden = users.length > 0;
    if (refocus) findButton(...refocus)?.focus();
  }

  async function load(refocus) {
    try {
      const list = await api.get('/api/users');
      users = (Array.isArray(list) ? list : []).sort((a, b) => a.username.localeCompare(b.username));
      renderRows(refocus);
    } catch (err) {
      listInfo.hidden = true;
      table.setAttribute('aria-busy', 'false');
      showError(error, err);
    }
  }

  function replaceUser(updated) {
    users = users.map((u) => (u.username === updated.username ? { ...u, ...updated } : u));
  }

  async function toggleEnabled(user) {
    const button = findButton('toggle', user.username);
    clearRegion(error);
    if (button?.getAttribute('aria-disabled') === 'true') {
      showMessage(status, t('users.selfDisable'));
      return;
    }
    const enabled = user.enabled === false;
    try {
      const updated = await api.patch(userPath(user.username), { enabled });
      replaceUser(updated && typeof updated === 'object' ? updated : { ...user, enabled });
      renderRows(['toggle', user.username]);
      showMessage(status, t(enabled ? 'users.enabledMsg' : 'users.disabledMsg', { username: user.username }));
    } catch (err) {
      showError(error, err);
    }
  }

  function closeEditor(username) {
    editor.hidden = true;
    editor.replaceChildren();
    delete editor.dataset.username;
    if (username) findButton('edit', username)?.focus();
  }

  function openEditor(user) {
    const { username } = user;
    const editError = errorRegion('user-edit-error');
    const editStatus = statusRegion('user-edit-status');
    const editHeading = h('h2', { id: 'user-edit-heading', tabindex: '-1' }, t('users.editHeading', { username }));
    const save = h('button', { type: 'submit', class: 'button button-primary' }, t('common.save'));
    const form = h('form', { id: 'user-edit-form', class: 'form' },
      field({ id: 'edit-display-name', name: 'displayName', label: t('common.displayName'), value: user.displayName ?? '',
        required: true, autocomplete: 'off' }),
      roleCheckboxes({ idPrefix: 'edit-role', legend: t('common.roles'), roles: ROLES, selected: user.roles ?? [], nameOf: roleName }),
      h('div', { class: 'actions' }, save,
        h('button', { type: 'button', class: 'button', on: { click: () => closeEditor(username) } }, t('common.cancel'))));
    const reset = h('button', { type: 'submit', class: 'button' }, t('users.resetSubmit'));
    const pwForm = h('form', { id: 'user-password-form', class: 'form', 'aria-labelledby': 'user-reset-heading' },
      h('h3', { id: 'user-reset-heading' }, t('users.resetHeading')),
      field({ id: 'reset-password', name: 'password', label: t('users.newPassword'), type: 'password',
        autocomplete: 'new-password', required: true, hint: t('password.rules') }),
      h('div', { class: 'actions' }, reset));

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!beginBusy(save, t('common.saving'))) return;
      clearRegion(editError);
      clearFieldErrors(form);
      const patch = { displayName: form.elements.displayName.value.trim(), roles: checkedValues(form, 'roles') };
      try {
        const updated = await api.patch(userPath(username), patch);
        replaceUser(updated && typeof updated === 'object' ? updated : { ...user, ...patch });
        renderRows();
        closeEditor(username);
        showMessage(status, t('users.savedMsg', { username }));
      } catch (err) {
        endBusy(save);
        markFieldErrors(form, err);
        showError(editError, err);
      }
    });

    pwForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!beginBusy(reset, t('common.saving'))) return;
      clearRegion(editError);
      clearRegion(editStatus);
      clearFieldErrors(pwForm);
      try {
        await api.post(`${userPath(username)}/password`, { password: pwForm.elements.password.value });
        pwForm.reset();
        showMessage(editStatus, t('users.resetMsg', { username }));
      } catch (err) {
        markFieldErrors(pwForm, localisePasswordErrors(err));
        showError(editError, err);
      } finally {
        endBusy(reset);
      }
    });

    editor.replaceChildren(editHeading, editError, editStatus, form, pwForm);
    editor.dataset.username = username;
    editor.hidden = false;
    editHeading.focus();
  }

  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeEditor(editor.dataset.username);
  });

  main.append(
    heading(t('users.title')),
    h('section', { class: 'section', 'aria-labelledby': 'users-list-heading' },
      h('h2', { id: 'users-list-heading' }, t('users.listHeading')),
      status,
      error,
      listInfo,
      tableWrap(table, t('users.caption'))),
    editor,
    createSection(() => load()));

  load();
}

function createSection(reload) {
  const error = errorRegion('user-create-error');
  const status = statusRegion('user-create-status');
  const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'user-create-submit' }, t('users.create'));
  const form = h('form', { id: 'user-create-form', class: 'form', 'aria-labelledby': 'user-create-heading' },
    field({ id: 'new-username', name: 'username', label: t('common.username'), required: true, autocomplete: 'off',
      attrs: { autocapitalize: 'none', spellcheck: 'false' } }),
    field({ id: 'new-display-name', name: 'displayName', label: t('common.displayName'), required: true, autocomplete: 'off' }),
    field({ id: 'new-password', name: 'password', label: t('users.initialPassword'), type: 'password', required: true,
      autocomplete: 'new-password', hint: `${t('password.rules')} ${t('users.initialPasswordHint')}` }),
    roleCheckboxes({ idPrefix: 'new-role', legend: t('common.roles'), roles: ROLES, nameOf: roleName }),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!beginBusy(submit, t('common.saving'))) return;
    clearRegion(error);
    clearRegion(status);
    clearFieldErrors(form);
    const body = {
      username: form.elements.username.value.trim(),
      displayName: form.elements.displayName.value.trim(),
      roles: checkedValues(form, 'roles'),
      password: form.elements.password.value,
    };
    try {
      await api.post('/api/users', body);
      form.reset();
      showMessage(status, t('users.createdMsg', { username: body.username }));
      await reload();
      form.elements.username.focus();
    } catch (err) {
      markFieldErrors(form, localisePasswordErrors(err));
      showError(error, err);
    } finally {
      endBusy(submit);
    }
  });

  return h('section', { class: 'section panel', 'aria-labelledby': 'user-create-heading' },
    h('h2', { id: 'user-create-heading' }, t('users.createHeading')),
    status,
    error,
    form);
}
