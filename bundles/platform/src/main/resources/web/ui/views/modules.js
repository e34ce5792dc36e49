// Modules page (admins): what this installation can run, what is installed, and installing or removing one
// module after a confirmation. A change runs in the background on the server; this page follows it.

import { api } from '../api.js';
import { t, addMessages, label } from '../i18n.js';
import {
  h, heading, errorRegion, statusRegion, showError, showMessage, clearRegion, beginBusy, endBusy, timeEl, tableWrap,
} from '../dom.js';

addMessages({
  nb: {
    'nav.modules': 'Moduler',
    'modules.title': 'Moduler',
    'modules.intro': 'Velg hvilke moduler denne installasjonen kjører. Endringer trer i kraft uten omstart, og ingen blir logget ut. En modul som fjernes, beholder dataene sine i databasen; installeres den igjen, er alt der.',
    'modules.caption': 'Moduler i denne installasjonen',
    'modules.module': 'Modul',
    'modules.state': 'Status',
    'modules.version': 'Versjon',
    'modules.needs': 'Trenger',
    'modules.actions': 'Handling',
    'modules.installed': 'Installert',
    'modules.installedVia': 'Installert (del av {via})',
    'modules.available': 'Tilgjengelig',
    'modules.install': 'Installer',
    'modules.uninstall': 'Avinstaller',
    'modules.neededBy': 'Brukes av {list}',
    'modules.confirmInstall': 'Installere {name}? Modulen blir synlig for brukerne med én gang, uten omstart.',
    'modules.confirmUninstall': 'Avinstallere {name}? Brukerne mister tilgangen til modulen, men dataene blir liggende i databasen og kommer tilbake om du installerer den igjen.',
    'modules.confirm': 'Ja, {action}',
    'modules.running': '{action} {name} …',
    'modules.done': '{name} er {what}.',
    'modules.didInstall': 'installert',
    'modules.didUninstall': 'avinstallert',
    'modules.failed': 'Endringen mislyktes: {detail}',
    'modules.profiles': 'Profiler',
    'modules.profilesIntro': 'En profil er et utgangspunkt for en type virksomhet. Velges ved installasjon (se README); moduler kan deretter legges til og fjernes én og én her.',
    'modules.profileMatches': 'samsvarer med det som er installert',
    'modules.retentionPaused': 'Sletting etter slettereglene står på pause til modulen blir installert igjen; dataene blir liggende.',
    'modules.change.running': 'pågår',
    'modules.change.done': 'fullført',
    'modules.change.failed': 'mislyktes',
    'modules.changes': 'Siste endringer',
    'modules.noChanges': 'Ingen endringer siden start.',
    'modules.name.registry': 'Mentorregister',
    'modules.name.library': 'Kunnskapsbibliotek',
    'modules.name.forms': 'Skjemamotor',
    'modules.name.assessment': 'Risikovurdering',
    'modules.name.ethics': 'Etikk',
    'modules.profile.municipality': 'Kommune',
    'modules.profile.centre': 'Kompetansesenter (RVTS)',
    'modules.profile.library': 'Bare bibliotek',
    'modules.desc.registry': 'Mentorbank, egnethet, forklarbar matching, mentorløp og veiledning.',
    'modules.desc.library': 'Kunnskapsbibliotek om ideologier, miljøer og psykososiale metoder, med norsk søk.',
    'modules.desc.forms': 'Skjemamotoren som risikovurdering og etikk bygger på: definisjoner, versjoner og utrulling.',
    'modules.desc.assessment': 'Risikovurderinger med instrumenter, over tid, med tidslinje og forfallsliste.',
    'modules.desc.ethics': 'Etiske sjekklister med signering, taushetsplikt og avvergingsplikt, utleveringslogg og retningslinjer.',
  },
  nn: {
    'nav.modules': 'Modular',
    'modules.title': 'Modular',
    'modules.intro': 'Vel kva modular denne installasjonen køyrer. Endringar verkar utan omstart, og ingen blir logga ut. Ein modul som blir fjerna, held på dataa sine i databasen; blir han installert att, er alt der.',
    'modules.caption': 'Modular i denne installasjonen',
    'modules.module': 'Modul',
    'modules.state': 'Status',
    'modules.version': 'Versjon',
    'modules.needs': 'Treng',
    'modules.actions': 'Handling',
    'modules.installed': 'Installert',
    'modules.installedVia': 'Installert (del av {via})',
    'modules.available': 'Tilgjengeleg',
    'modules.install': 'Installer',
    'modules.uninstall': 'Avinstaller',
    'modules.neededBy': 'Blir brukt av {list}',
    'modules.confirmInstall': 'Installere {name}? Modulen blir synleg for brukarane med ein gong, utan omstart.',
    'modules.confirmUninstall': 'Avinstallere {name}? Brukarane mistar tilgangen til modulen, men dataa blir liggjande i databasen og kjem tilbake om du installerer han att.',
    'modules.confirm': 'Ja, {action}',
    'modules.running': '{action} {name} …',
    'modules.done': '{name} er {what}.',
    'modules.didInstall': 'installert',
    'modules.didUninstall': 'avinstallert',
    'modules.failed': 'Endringa mislukkast: {detail}',
    'modules.profiles': 'Profilar',
    'modules.profilesIntro': 'Ein profil er eit utgangspunkt for ein type verksemd. Han blir vald ved installasjon (sjå README); modular kan så leggjast til og fjernast éin og éin her.',
    'modules.profileMatches': 'samsvarar med det som er installert',
    'modules.retentionPaused': 'Sletting etter slettereglane står på pause til modulen blir installert att; dataa blir liggjande.',
    'modules.change.running': 'pågår',
    'modules.change.done': 'fullført',
    'modules.change.failed': 'mislukka',
    'modules.changes': 'Siste endringar',
    'modules.noChanges': 'Ingen endringar sidan start.',
    'modules.name.registry': 'Mentorregister',
    'modules.name.library': 'Kunnskapsbibliotek',
    'modules.name.forms': 'Skjemamotor',
    'modules.name.assessment': 'Risikovurdering',
    'modules.name.ethics': 'Etikk',
    'modules.profile.municipality': 'Kommune',
    'modules.profile.centre': 'Kompetansesenter (RVTS)',
    'modules.profile.library': 'Berre bibliotek',
    'modules.desc.registry': 'Mentorbank, eignaskap, forklarbar matching, mentorløp og rettleiing.',
    'modules.desc.library': 'Kunnskapsbibliotek om ideologiar, miljø og psykososiale metodar, med norsk søk.',
    'modules.desc.forms': 'Skjemamotoren som risikovurdering og etikk byggjer på: definisjonar, versjonar og utrulling.',
    'modules.desc.assessment': 'Risikovurderingar med instrument, over tid, med tidslinje og forfallsliste.',
    'modules.desc.ethics': 'Etiske sjekklister med signering, teieplikt og avvergingsplikt, utleveringslogg og retningsliner.',
  },
  en: {
    'nav.modules': 'Modules',
    'modules.title': 'Modules',
    'modules.intro': 'Choose which modules this installation runs. Changes take effect without a restart and nobody is logged out. A module you remove keeps its data in the database; install it again and everything is there.',
    'modules.caption': 'Modules of this installation',
    'modules.module': 'Module',
    'modules.state': 'State',
    'modules.version': 'Version',
    'modules.needs': 'Needs',
    'modules.actions': 'Action',
    'modules.installed': 'Installed',
    'modules.installedVia': 'Installed (part of {via})',
    'modules.available': 'Available',
    'modules.install': 'Install',
    'modules.uninstall': 'Uninstall',
    'modules.neededBy': 'Used by {list}',
    'modules.confirmInstall': 'Install {name}? Users see the module at once, with no restart.',
    'modules.confirmUninstall': 'Uninstall {name}? Users lose access to the module, but its data stays in the database and comes back if you install it again.',
    'modules.confirm': 'Yes, {action}',
    'modules.running': '{action} {name} …',
    'modules.done': '{name} is {what}.',
    'modules.didInstall': 'installed',
    'modules.didUninstall': 'uninstalled',
    'modules.failed': 'The change failed: {detail}',
    'modules.profiles': 'Profiles',
    'modules.profilesIntro': 'A profile is a starting point for a kind of organisation. It is chosen at installation (see the README); modules can then be added and removed one by one here.',
    'modules.profileMatches': 'matches what is installed',
    'modules.retentionPaused': 'Deletion under the retention rules is paused until the module is installed again; its data stays.',
    'modules.change.running': 'running',
    'modules.change.done': 'done',
    'modules.change.failed': 'failed',
    'modules.changes': 'Recent changes',
    'modules.noChanges': 'No changes since start.',
    'modules.name.registry': 'Mentor registry',
    'modules.name.library': 'Knowledge library',
    'modules.name.forms': 'Form engine',
    'modules.name.assessment': 'Risk assessment',
    'modules.name.ethics': 'Ethics',
    'modules.profile.municipality': 'Municipality',
    'modules.profile.centre': 'Competence centre (RVTS)',
    'modules.profile.library': 'Library only',
    'modules.desc.registry': 'Mentor bank, eligibility, explainable matching, courses of mentoring and supervision.',
    'modules.desc.library': 'Knowledge library on ideologies, milieus and psychosocial methods, with Norwegian-aware search.',
    'modules.desc.forms': 'The form engine risk assessment and ethics build on: definitions, versions and deployment.',
    'modules.desc.assessment': 'Risk assessments with instruments, over time, with a timeline and a due list.',
    'modules.desc.ethics': 'Ethics checklists with sign-offs, confidentiality and the duty to avert, disclosure log and guidelines.',
  },
});

const POLL_MS = 500;

/** A module's name in the UI language: its own title once installed, else the shell's word for it. */
function nameOf(module, installed) {
  const own = installed.find((m) => m.id === module.id);
  if (own?.title) return label(own.title);
  const key = `modules.name.${module.id}`;
  const text = t(key);
  return text === key ? module.id : text;
}

/** The shell's description of a module in the UI language, else the feature's own (English) description. */
function descriptionOf(module) {
  const key = `modules.desc.${module.id}`;
  const text = t(key);
  return text === key ? module.description ?? '' : text;
}

/** A module's name by its id, for other admin pages (retention). */
export function moduleName(id, installed = []) {
  return nameOf({ id }, installed);
}

/** Module ids as names in the UI language, comma-separated. */
function namesOf(ids, installed) {
  return ids.map((id) => nameOf({ id }, installed)).join(', ');
}

function profileName(profile) {
  const key = `modules.profile.${profile.id}`;
  const text = t(key);
  return text === key ? profile.id : text;
}

export function modulesView(main, app) {
  const error = errorRegion('modules-error');
  const status = statusRegion('modules-status');
  const tbody = h('tbody');
  const table = h('table', { id: 'modules-table', class: 'table', 'aria-busy': 'true' },
    h('caption', { class: 'visually-hidden' }, t('modules.caption')),
    h('thead', {}, h('tr', {}, ['modules.module', 'modules.state', 'modules.version', 'modules.needs', 'modules.actions']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    tbody);
  const confirmBox = h('section', { id: 'modules-confirm', class: 'section panel', hidden: true, role: 'alertdialog',
    'aria-labelledby': 'modules-confirm-text' });
  const profiles = h('ul', { id: 'modules-profiles', class: 'module-list' });
  const changes = h('ul', { id: 'modules-changes', class: 'module-list' });
  let overview = { modules: [], profiles: [], changes: [] };
  let destroyed = false;
  let paused = new Set();
  let running = null;

  function stateText(m) {
    if (!m.installed) return t('modules.available');
    if (m.required) return t('modules.installed');
    const via = m.neededBy.length ? namesOf(m.neededBy, app.modules)
      : overview.profiles.filter((p) => p.installed && p.modules.includes(m.id)).map(profileName).join(', ');
    return via ? t('modules.installedVia', { via }) : t('modules.installed');
  }

  function row(m) {
    const name = nameOf(m, app.modules);
    const neededBy = t('modules.neededBy', { list: namesOf(m.neededBy, app.modules) });
    const blocked = m.installed && m.neededBy.length > 0;
    const action = m.installed ? 'uninstall' : 'install';
    const button = h('button', {
      type: 'button', class: ['button', 'button-small', m.installed ? 'button-danger' : null],
      'aria-label': `${t(`modules.${action}`)} ${name}`,
      'aria-disabled': blocked || running ? 'true' : null,
      title: blocked ? neededBy : null,
      dataset: { action, module: m.id },
      on: { click: () => { if (!blocked && !running) ask(m, action, name); } },
    }, t(`modules.${action}`));
    return h('tr', { dataset: { module: m.id } },
      h('th', { scope: 'row' }, h('span', { class: 'module-name' }, name), h('br'),
        h('span', { class: 'muted module-desc' }, descriptionOf(m))),
      h('td', {}, h('span', { class: ['badge', m.installed ? 'badge-ok' : 'badge-off'], dataset: { state: m.installed ? 'installed' : 'available' } },
        stateText(m))),
      h('td', {}, m.version),
      h('td', {}, namesOf(m.needs, app.modules) || '–'),
      h('td', { class: 'cell-actions' }, button,
        blocked ? h('span', { class: 'muted' }, ' ', neededBy) : null,
        !m.installed && paused.has(m.id)
          ? h('p', { class: 'muted', dataset: { retention: 'paused' } },
            h('a', { href: '#/admin/retention' }, t('modules.retentionPaused')))
          : null));
  }

  function renderAll() {
    tbody.replaceChildren(...overview.modules.map(row));
    table.setAttribute('aria-busy', 'false');
    const installedIds = overview.modules.filter((m) => m.installed && m.id !== 'forms').map((m) => m.id).sort().join(',');
    profiles.replaceChildren(...overview.profiles.map((p) => {
      const matches = p.modules.slice().sort().join(',') === installedIds;
      return h('li', { dataset: { profile: p.id } }, h('strong', {}, profileName(p)), ` (${p.feature}): `,
        namesOf(p.modules, app.modules),
        matches ? h('span', { class: 'badge badge-ok' }, t('modules.profileMatches')) : null);
    }));
    changes.replaceChildren(...(overview.changes.length
      ? overview.changes.map((c) => h('li', {}, timeEl(c.started), ' ',
        `${t(`modules.${c.action === 'INSTALL' ? 'install' : 'uninstall'}`)} ${nameOf({ id: c.module }, app.modules)}: ${t(`modules.change.${c.state}`)}`,
        c.by ? ` (${c.by})` : '', c.state === 'failed' && c.detail ? ` – ${c.detail}` : ''))
      : [h('li', { class: 'muted' }, t('modules.noChanges'))]));
  }

  async function load() {
    try {
      overview = await api.get('/api/admin/modules');
      // Which modules have retention paused: the schedule keeps the kinds of a module that is not installed.
      const schedule = await api.get('/api/admin/retention').catch(() => []);
      paused = new Set(schedule.filter((line) => !line.installed).map((line) => line.module));
      if (!destroyed) renderAll();
    } catch (err) {
      table.setAttribute('aria-busy', 'false');
      showError(error, err);
    }
  }

  function ask(m, action, name) {
    clearRegion(error);
    const text = h('p', { id: 'modules-confirm-text' },
      t(action === 'install' ? 'modules.confirmInstall' : 'modules.confirmUninstall', { name }));
    const yes = h('button', { type: 'button', id: 'modules-confirm-yes', class: ['button', action === 'uninstall' ? 'button-danger' : null],
      on: { click: () => change(m, action, name, yes) } },
    t('modules.confirm', { action: t(`modules.${action}`).toLowerCase() }));
    const no = h('button', { type: 'button', id: 'modules-confirm-no', class: 'button button-quiet',
      on: { click: () => { confirmBox.hidden = true; } } }, t('common.cancel'));
    confirmBox.replaceChildren(text, h('div', { class: 'actions' }, yes, no));
    confirmBox.hidden = false;
    yes.focus();
  }

  async function change(m, action, name, button) {
    if (!beginBusy(button)) return;
    try {
      running = await api.post(`/api/admin/modules/${encodeURIComponent(m.id)}/${action}`, {});
      confirmBox.hidden = true;
      renderAll();
      showMessage(status, t('modules.running', { action: t(`modules.${action}`), name }));
      const finished = await follow(running.id);
      if (destroyed) return;
      if (finished.state === 'done') {
        showMessage(status, t('modules.done', { name, what: t(action === 'install' ? 'modules.didInstall' : 'modules.didUninstall') }));
      } else {
        showError(error, { detail: t('modules.failed', { detail: finished.detail ?? '' }) });
        clearRegion(status);
      }
    } catch (err) {
      showError(error, err);
    } finally {
      running = null;
      endBusy(button);
      await app.refreshModules();
      if (!destroyed) await load();
    }
  }

  async function follow(id) {
    for (;;) {
      const c = await api.get(`/api/admin/modules/changes/${id}`, { background: true });
      if (c.state !== 'running' || destroyed) return c;
      await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    }
  }

  main.append(
    heading(t('modules.title')),
    h('p', { class: 'lead' }, t('modules.intro')),
    error, status, confirmBox,
    h('section', { class: 'section', 'aria-labelledby': 'modules-list-heading' },
      h('h2', { id: 'modules-list-heading', class: 'visually-hidden' }, t('modules.caption')),
      tableWrap(table, t('modules.caption'))),
    h('section', { class: 'section', 'aria-labelledby': 'modules-profiles-heading' },
      h('h2', { id: 'modules-profiles-heading' }, t('modules.profiles')),
      h('p', { class: 'muted' }, t('modules.profilesIntro')), profiles),
    h('section', { class: 'section', 'aria-labelledby': 'modules-changes-heading' },
      h('h2', { id: 'modules-changes-heading' }, t('modules.changes')), changes));
  load();

  return {
    destroy() { destroyed = true; },
    modulesChanged() { if (!running) load(); },
  };
}
