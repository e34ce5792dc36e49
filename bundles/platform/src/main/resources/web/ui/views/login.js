import { api } from '../api.js';
import { t } from '../i18n.js';
import {
  h, heading, field, errorRegion, statusRegion, showError, showMessage, clearRegion, beginBusy, endBusy,
} from '../dom.js';

export function loginView(main, app) {
  const error = errorRegion('login-error');
  const status = statusRegion('login-status');
  const submit = h('button', { type: 'submit', id: 'login-submit', class: 'button button-primary' }, t('login.submit'));
  const form = h('form', { id: 'login-form', class: 'form' },
    field({ id: 'login-username', name: 'username', label: t('common.username'), autocomplete: 'username', required: true,
      attrs: { autocapitalize: 'none', spellcheck: 'false' } }),
    field({ id: 'login-password', name: 'password', label: t('common.password'), type: 'password',
      autocomplete: 'current-password', required: true }),
    h('div', { class: 'actions' }, submit));

  main.append(h('div', { class: 'narrow' },
    heading(t('login.title')),
    h('p', { class: 'lead' }, t('login.intro')),
    status,
    error,
    form));

  const flash = app.consumeFlash();
  if (flash) showMessage(status, t(flash));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!beginBusy(submit, t('login.submitting'))) return;
    clearRegion(error);
    clearRegion(status);
    const username = form.elements.username.value.trim();
    const password = form.elements.password.value;
    try {
      const session = await api.post('/api/session', { username, password }, { redirectOn401: false });
      await app.login(session);
    } catch (err) {
      endBusy(submit);
      const extra = [];
      // A refused sign-in is always this one case; the server's detail is English.
      if (err.status === 401) err.detail = t('login.failed');
      if (err.status === 429 && err.retryAfter != null) extra.push(t('login.retryAfter', { seconds: err.retryAfter }));
      showError(error, err, extra);
      form.elements.password.value = '';
      (username ? form.elements.password : form.elements.username).focus();
    }
  });
}
