// Hosts a UI module: the shell owns the h1 (the module's title) and hands the
// module a container below it. See the contract at the top of app.js.

import { t } from '../i18n.js';
import { h, heading } from '../dom.js';
import { canSee, moduleTitle } from '../nav.js';

/** Only same-origin paths may be imported; the CSP would refuse others anyway, less clearly. */
function safeModuleUrl(uiModule) {
  if (typeof uiModule !== 'string' || !uiModule.startsWith('/') || uiModule.startsWith('//')) return null;
  const url = new URL(uiModule, location.origin);
  return url.origin === location.origin ? url.href : null;
}

export function moduleView(main, app, { id }) {
  const h1 = heading(app.modules.some((m) => m.id === id) ? '' : t('common.loading'));
  const body = h('div', { class: 'module-body' });
  main.append(h1, body);

  let mountToken = 0;
  let cleanup = null;
  let mountedKey = null;
  let destroyed = false;
  let started = false;

  function unmount() {
    mountToken += 1;
    if (typeof cleanup === 'function') {
      try { cleanup(); } catch (err) { console.error(`Module "${id}" cleanup failed`, err); }
    }
    cleanup = null;
    body.replaceChildren();
  }

  function showFailure(err) {
    body.replaceChildren(
      h('div', { class: 'alert alert-error', role: 'alert' },
        h('p', {}, t('module.loadFailed')),
        err ? h('details', {}, h('summary', {}, t('module.technical')), h('pre', {}, String(err?.message ?? err))) : null));
  }

  async function mount(descriptor) {
    started = true;
    unmount();
    const token = mountToken;
    mountedKey = descriptor ? JSON.stringify([descriptor.uiModule, descriptor.roles]) : null;

    if (!descriptor) {
      h1.textContent = t('module.notFoundTitle');
      body.append(h('p', {}, t('module.notFound', { id })), h('p', {}, h('a', { href: '#/' }, t('page.toHome'))));
      app.syncTitle();
      return;
    }
    if (!canSee(descriptor, app.user)) {
      h1.textContent = t('page.forbiddenTitle');
      body.append(h('p', {}, t('page.forbidden')));
      app.syncTitle();
      return;
    }
    h1.textContent = moduleTitle(descriptor);
    app.syncTitle();
    if (!descriptor.uiModule) {
      body.append(h('p', {}, t('module.noPage')));
      return;
    }

    const status = h('p', { class: 'muted', role: 'status' }, t('module.loading'));
    const container = h('div', { class: 'module-root', 'data-module-root': id });
    body.append(status, container);
    try {
      const url = safeModuleUrl(descriptor.uiModule);
      if (!url) throw new Error(`Refusing to load module code from ${descriptor.uiModule}`);
      const mod = await import(url);
      if (token !== mountToken || destroyed) return;
      if (typeof mod.render !== 'function') throw new Error(`${descriptor.uiModule} does not export render()`);
      status.remove();
      const result = await mod.render(container, app.moduleContext(descriptor));
      if (token !== mountToken || destroyed) {
        if (typeof result === 'function') result();
        return;
      }
      cleanup = result;
    } catch (err) {
      if (token !== mountToken || destroyed) return;
      console.error(`Module "${id}" failed to load`, err);
      showFailure(err);
    }
  }

  const find = () => app.modules.find((m) => m.id === id) ?? null;
  const known = find();
  if (known) {
    mount(known);
  } else {
    // The list may predate a module installed a moment ago; ask again before giving up.
    app.refreshModules().finally(() => { if (!destroyed && !started) mount(find()); });
  }

  return {
    destroy() {
      destroyed = true;
      unmount();
    },
    modulesChanged() {
      const descriptor = find();
      const key = descriptor ? JSON.stringify([descriptor.uiModule, descriptor.roles]) : null;
      if (key !== mountedKey) {
        if (!descriptor && mountedKey) {
          unmount();
          mountedKey = null;
          body.append(h('p', { class: 'notice', role: 'status' }, t('module.removed')));
        } else {
          mount(descriptor);
        }
      } else if (descriptor) {
        h1.textContent = moduleTitle(descriptor);
        app.syncTitle();
      }
    },
  };
}
