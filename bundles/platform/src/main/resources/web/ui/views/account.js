import { api } from '../api.js';
import { t, roleName, localisePasswordErrors } from '../i18n.js';
import {
  h, heading, field, errorRegion, statusRegion, showError, showMessage, clearRegion, markFieldErrors,
  clearFieldErrors, beginBusy, endBusy,
} from '../dom.js';

export function accountView(main, app) {
  const user = app.user;
  const error = errorRegion('password-error');
  const status = statusRegion('password-status');
  const submit = h('button', { type: 'submit', id: 'password-submit', class: 'button button-primary' }, t('account.submit'));
  const form = h('form', { id: 'password-form', class: 'form', 'aria-labelledby': 'password-heading' },
    // Lets password managers tie the new password to the right account.
    h('input', { type: 'text', name: 'username', value: user.username, autocomplete: 'username', hidden: true, readOnly: true }),
    field({ id: 'current-password', name: 'currentPassword', label: t('account.current'), type: 'password',
      autocomplete: 'current-password', required: true }),
    field({ id: 'new-password', name: 'newPassword', label: t('account.new'), type: 'password',
      autocomplete: 'new-password', required: true, hint: t('password.rules') }),
    field({ id: 'repeat-password', name: 'repeatPassword', label: t('account.repeat'), type: 'password',
      autocomplete: 'new-password', required: true }),
    h('div', { class: 'actions' }, submit));

  main.append(
    heading(t('account.title')),
    h('section', { class: 'section', 'aria-labelledby': 'account-details-heading' },
      h('h2', { id: 'account-details-heading' }, t('account.details')),
      h('dl', { class: 'details' },
        h('dt', {}, t('common.username')), h('dd', {}, user.username),
        h('dt', {}, t('common.displayName')), h('dd', {}, user.displayName || user.username),
        h('dt', {}, t('common.roles')), h('dd', {}, (user.roles ?? []).map(roleName).join(', ') || t('common.none'))),
      h('p', {}, h('a', { href: '#/account/data', id: 'account-personal-data' }, t('account.personalData')))),
    h('section', { class: 'section panel narrow', 'aria-labelledby': 'password-heading' },
      h('h2', { id: 'password-heading' }, t('account.changeHeading')),
      status,
      error,
      form));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearRegion(error);
    clearRegion(status);
    clearFieldErrors(form);
    const { currentPassword, newPassword, repeatPassword } = form.elements;
    if (newPassword.value !== repeatPassword.value) {
      const mismatch = { detail: t('account.mismatch'), errors: [] };
      showError(error, mismatch);
      markFieldErrors(form, { errors: [{ field: 'repeatPassword', message: t('account.mismatch') }] });
      repeatPassword.focus();
      return;
    }
    if (!beginBusy(submit, t('common.saving'))) return;
    try {
      // A 401 here may mean "wrong current password" rather than "session gone", so check before logging out.
      await api.post('/api/session/password',
        { currentPassword: currentPassword.value, newPassword: newPassword.value }, { redirectOn401: false });
      form.reset();
      form.elements.username.value = user.username;
      showMessage(status, t('account.changed'));
    } catch (err) {
      if (err.status === 401 && !(await app.sessionAlive())) return;
      localisePasswordErrors(err);
      markFieldErrors(form, err);
      showError(error, err);
      currentPassword.focus();
    } finally {
      endBusy(submit);
    }
  });
}
