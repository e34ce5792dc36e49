import { t, roleName } from '../i18n.js';
import { h, heading } from '../dom.js';
import { canSee, moduleHref, moduleTitle } from '../nav.js';

function moduleCard(module) {
  const title = moduleTitle(module);
  return h('li', { class: 'card', dataset: { moduleCard: module.id } },
    h('h3', { class: 'card-title' },
      module.uiModule ? h('a', { href: moduleHref(module.id), 'data-module': module.id }, title) : title),
    module.version ? h('p', { class: 'card-meta' }, t('module.version', { version: module.version })) : null,
    module.uiModule ? null : h('p', { class: 'card-meta' }, t('module.noPage')));
}

export function homeView(main, app) {
  const user = app.user;
  const roles = user.roles ?? [];
  const modulesSection = h('section', { class: 'section', 'aria-labelledby': 'home-modules-heading' });

  function renderModules() {
    const visible = app.modules.filter((m) => canSee(m, user));
    modulesSection.replaceChildren(
      h('h2', { id: 'home-modules-heading' }, t('home.modules')),
      visible.length
        ? h('ul', { class: 'cards', id: 'home-modules' }, visible.map(moduleCard))
        : h('p', {}, t('home.noModules')));
  }

  main.append(
    heading(t('home.title')),
    h('p', { class: 'lead' }, t('home.greeting', { name: user.displayName || user.username })),
    h('section', { class: 'section', 'aria-labelledby': 'home-roles-heading' },
      h('h2', { id: 'home-roles-heading' }, t('home.roles')),
      roles.length
        ? h('ul', { class: 'tags', id: 'home-roles' }, roles.map((role) => h('li', { class: 'tag' }, roleName(role))))
        : h('p', {}, t('home.noRoles'))),
    modulesSection);
  renderModules();

  return {
    modulesChanged() {
      // Keep focus if it sat on a card link that survives the update.
      const focusedId = modulesSection.contains(document.activeElement) ? document.activeElement.dataset.module : null;
      renderModules();
      if (focusedId) {
        [...modulesSection.querySelectorAll('a[data-module]')].find((a) => a.dataset.module === focusedId)?.focus();
      }
    },
  };
}
