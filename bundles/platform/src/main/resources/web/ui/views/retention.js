// Retention page (admins): how long each kind of record is kept and what then happens, what the next run would
// delete (the preview), a run on demand, and legal holds. Kinds are named by their module's own messages
// (`<module>.retention.kind.<kind>`, `<module>.retention.after.<event>` in /ui/<module>/messages.js).

import { api } from '../api.js';
import { t, addMessages, formatNumber } from '../i18n.js';
import { h, heading, errorRegion, statusRegion, showMessage, clearRegion, beginBusy, endBusy, timeEl, field,
  markFieldErrors, clearFieldErrors } from '../dom.js';
import { table, showProblem, labelOr } from '../kit.js';
import { moduleName } from './modules.js';

addMessages({
  nb: {
    'retention.title': 'Sletting og oppbevaring',
    'retention.intro': 'Her bestemmer virksomheten hvor lenge hver type opplysninger oppbevares etter en hendelse, og hva som skjer etterpå. Slettejobben kjører hver natt. Standardverdiene er forsiktige; formål, rettslig grunnlag og arkivplikt må vurderes av virksomheten selv.',
    'retention.schedule': 'Slettereglene',
    'retention.module': 'Modul',
    'retention.kind': 'Opplysninger',
    'retention.after': 'Regnes fra',
    'retention.col.keepDays': 'Dager',
    'retention.col.action': 'Deretter',
    'retention.source': 'Regel',
    'retention.due': 'Neste kjøring',
    'retention.save': 'Lagre regelen',
    'retention.saveFor': 'Lagre regelen for {kind}',
    'retention.saved': 'Regelen for {kind} er lagret.',
    'retention.saveFailed': 'Regelen ble ikke lagret.',
    'retention.byOrganisation': 'Satt av virksomheten',
    'retention.byDefault': 'Standard',
    'retention.paused': 'På pause: modulen er ikke installert',
    'retention.dueCount': '{count} slettes',
    'retention.dueNone': 'Ingenting',
    'retention.action.DELETE': 'Slett',
    'retention.action.ANONYMISE': 'Anonymiser',
    'retention.action.KEEP': 'Behold',
    'retention.unknownKind': 'Opplysninger som modulen ikke beskriver',
    'retention.run': 'Kjør slettingen nå',
    'retention.running': 'Sletter …',
    'retention.runHeading': 'Kjøring',
    'retention.runDone': 'Slettingen er kjørt: {count} poster er slettet eller anonymisert.',
    'retention.runFailed': 'Slettingen ble ikke kjørt.',
    'retention.outcomes': 'Resultat av kjøringen',
    'retention.records': 'Poster',
    'retention.holds': 'Rettslig pålegg om å beholde (sletteunntak)',
    'retention.holdsIntro': 'Et pålegg stopper all sletting for en sak eller en mentor til det oppheves, for eksempel mens en sak er til behandling hos politiet eller i retten.',
    'retention.holdList': 'Pålegg som gjelder nå',
    'retention.noHolds': 'Ingen pålegg gjelder nå.',
    'retention.col.subjectKind': 'Gjelder',
    'retention.subject.case': 'Sak (sakskode)',
    'retention.subject.mentor': 'Mentor (mentor-ID)',
    'retention.col.subjectKey': 'Sakskode eller mentor-ID',
    'retention.col.reason': 'Begrunnelse',
    'retention.placedBy': 'Satt av',
    'retention.placedAt': 'Tidspunkt',
    'retention.place': 'Sett pålegg',
    'retention.placed': 'Pålegget er satt.',
    'retention.placeFailed': 'Pålegget ble ikke satt.',
    'retention.lift': 'Opphev',
    'retention.liftFor': 'Opphev pålegget for {key}',
    'retention.lifted': 'Pålegget er opphevet.',
    'retention.loadFailed': 'Slettereglene kunne ikke hentes.',
    'retention.field.keepDays': 'Dager',
    'retention.field.action': 'Deretter',
    'retention.field.subjectKind': 'Gjelder',
    'retention.field.subjectKey': 'Sakskode eller mentor-ID',
    'retention.field.reason': 'Begrunnelse',
    'platform.retention.kind.audit-entries': 'Oppføringer i revisjonsloggen',
    'platform.retention.kind.sessions': 'Innlogginger og økter',
    'platform.retention.after.entry-written': 'oppføringen ble skrevet',
    'platform.retention.after.session-ended': 'økten ble avsluttet',
  },
  nn: {
    'retention.title': 'Sletting og oppbevaring',
    'retention.intro': 'Her avgjer verksemda kor lenge kvar type opplysningar blir oppbevart etter ei hending, og kva som skjer etterpå. Slettejobben køyrer kvar natt. Standardverdiane er varsame; føremål, rettsleg grunnlag og arkivplikt må verksemda sjølv vurdere.',
    'retention.schedule': 'Slettereglane',
    'retention.module': 'Modul',
    'retention.kind': 'Opplysningar',
    'retention.after': 'Rekna frå',
    'retention.col.keepDays': 'Dagar',
    'retention.col.action': 'Deretter',
    'retention.source': 'Regel',
    'retention.due': 'Neste køyring',
    'retention.save': 'Lagre regelen',
    'retention.saveFor': 'Lagre regelen for {kind}',
    'retention.saved': 'Regelen for {kind} er lagra.',
    'retention.saveFailed': 'Regelen vart ikkje lagra.',
    'retention.byOrganisation': 'Sett av verksemda',
    'retention.byDefault': 'Standard',
    'retention.paused': 'På pause: modulen er ikkje installert',
    'retention.dueCount': '{count} blir sletta',
    'retention.dueNone': 'Ingenting',
    'retention.action.DELETE': 'Slett',
    'retention.action.ANONYMISE': 'Anonymiser',
    'retention.action.KEEP': 'Behald',
    'retention.unknownKind': 'Opplysningar som modulen ikkje skildrar',
    'retention.run': 'Køyr slettinga no',
    'retention.running': 'Slettar …',
    'retention.runHeading': 'Køyring',
    'retention.runDone': 'Slettinga er køyrd: {count} postar er sletta eller anonymiserte.',
    'retention.runFailed': 'Slettinga vart ikkje køyrd.',
    'retention.outcomes': 'Resultat av køyringa',
    'retention.records': 'Postar',
    'retention.holds': 'Rettsleg pålegg om å halde på (sletteunnatak)',
    'retention.holdsIntro': 'Eit pålegg stoppar all sletting for ei sak eller ein mentor til det blir oppheva, til dømes medan ei sak er til handsaming hos politiet eller i retten.',
    'retention.holdList': 'Pålegg som gjeld no',
    'retention.noHolds': 'Ingen pålegg gjeld no.',
    'retention.col.subjectKind': 'Gjeld',
    'retention.subject.case': 'Sak (sakskode)',
    'retention.subject.mentor': 'Mentor (mentor-ID)',
    'retention.col.subjectKey': 'Sakskode eller mentor-ID',
    'retention.col.reason': 'Grunngjeving',
    'retention.placedBy': 'Sett av',
    'retention.placedAt': 'Tidspunkt',
    'retention.place': 'Set pålegg',
    'retention.placed': 'Pålegget er sett.',
    'retention.placeFailed': 'Pålegget vart ikkje sett.',
    'retention.lift': 'Opphev',
    'retention.liftFor': 'Opphev pålegget for {key}',
    'retention.lifted': 'Pålegget er oppheva.',
    'retention.loadFailed': 'Slettereglane kunne ikkje hentast.',
    'retention.field.keepDays': 'Dagar',
    'retention.field.action': 'Deretter',
    'retention.field.subjectKind': 'Gjeld',
    'retention.field.subjectKey': 'Sakskode eller mentor-ID',
    'retention.field.reason': 'Grunngjeving',
    'platform.retention.kind.audit-entries': 'Oppføringar i revisjonsloggen',
    'platform.retention.kind.sessions': 'Innloggingar og økter',
    'platform.retention.after.entry-written': 'oppføringa vart skriven',
    'platform.retention.after.session-ended': 'økta vart avslutta',
  },
  en: {
    'retention.title': 'Retention and deletion',
    'retention.intro': 'Here the organisation decides how long each kind of record is kept after an event, and what then happens. The deletion job runs every night. The defaults are conservative; purpose, legal basis and archive duties are for the organisation to weigh.',
    'retention.schedule': 'Retention rules',
    'retention.module': 'Module',
    'retention.kind': 'Records',
    'retention.after': 'Counted from',
    'retention.col.keepDays': 'Days',
    'retention.col.action': 'Then',
    'retention.source': 'Rule',
    'retention.due': 'Next run',
    'retention.save': 'Save rule',
    'retention.saveFor': 'Save the rule for {kind}',
    'retention.saved': 'The rule for {kind} is saved.',
    'retention.saveFailed': 'The rule was not saved.',
    'retention.byOrganisation': 'Set by the organisation',
    'retention.byDefault': 'Default',
    'retention.paused': 'Paused: the module is not installed',
    'retention.dueCount': '{count} to delete',
    'retention.dueNone': 'Nothing',
    'retention.action.DELETE': 'Delete',
    'retention.action.ANONYMISE': 'Anonymise',
    'retention.action.KEEP': 'Keep',
    'retention.unknownKind': 'Records the module does not describe',
    'retention.run': 'Run deletion now',
    'retention.running': 'Deleting …',
    'retention.runHeading': 'Run',
    'retention.runDone': 'Deletion has run: {count} records deleted or anonymised.',
    'retention.runFailed': 'Deletion did not run.',
    'retention.outcomes': 'Outcome of the run',
    'retention.records': 'Records',
    'retention.holds': 'Legal holds',
    'retention.holdsIntro': 'A hold stops all deletion for a case or a mentor until it is lifted, for instance while the police or a court deals with a case.',
    'retention.holdList': 'Holds in force',
    'retention.noHolds': 'No holds are in force.',
    'retention.col.subjectKind': 'Applies to',
    'retention.subject.case': 'Case (case code)',
    'retention.subject.mentor': 'Mentor (mentor id)',
    'retention.col.subjectKey': 'Case code or mentor id',
    'retention.col.reason': 'Reason',
    'retention.placedBy': 'Placed by',
    'retention.placedAt': 'When',
    'retention.place': 'Place hold',
    'retention.placed': 'The hold is placed.',
    'retention.placeFailed': 'The hold was not placed.',
    'retention.lift': 'Lift',
    'retention.liftFor': 'Lift the hold on {key}',
    'retention.lifted': 'The hold is lifted.',
    'retention.loadFailed': 'The retention rules could not be loaded.',
    'retention.field.keepDays': 'Days',
    'retention.field.action': 'Then',
    'retention.field.subjectKind': 'Applies to',
    'retention.field.subjectKey': 'Case code or mentor id',
    'retention.field.reason': 'Reason',
    'platform.retention.kind.audit-entries': 'Audit log entries',
    'platform.retention.kind.sessions': 'Sign-ins and sessions',
    'platform.retention.after.entry-written': 'the entry was written',
    'platform.retention.after.session-ended': 'the session ended',
  },
});

const ACTIONS = ['DELETE', 'ANONYMISE', 'KEEP'];

/** Adds the messages of each installed module that keeps records, so its kinds are named in its own words. */
async function loadModuleWords(modules) {
  await Promise.all(modules.filter((m) => m !== 'platform').map((m) => import(`/ui/${m}/messages.js`)
    .then((mod) => addMessages(mod.MESSAGES))
    .catch(() => null)));
}

function kindName(line) {
  return labelOr(`${line.module}.retention.kind.${line.kind}`, t('retention.unknownKind'));
}

function afterName(line) {
  return line.after ? labelOr(`${line.module}.retention.after.${line.after}`, '') : '';
}

export function retentionView(main, app) {
  const error = errorRegion('retention-error');
  const status = statusRegion('retention-status');
  const scheduleBox = h('div', { id: 'retention-schedule', 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('common.loading')));
  const runBox = h('div', { id: 'retention-run-result' });
  const holdsBox = h('div', { id: 'retention-holds' });
  const modules = app.modules ?? [];

  function ruleRow(line, i) {
    const id = `retention-${i}`;
    const kind = kindName(line);
    const days = h('input', { id: `${id}-days`, name: 'keepDays', type: 'number', min: '0', max: '3653', step: '1',
      value: String(line.keepDays), disabled: !line.installed, 'aria-label': `${t('retention.col.keepDays')}: ${kind}` });
    const actions = (line.actions?.length ? line.actions : [line.action]).slice()
      .sort((a, b) => ACTIONS.indexOf(a) - ACTIONS.indexOf(b));
    const action = h('select', { id: `${id}-action`, name: 'action', disabled: !line.installed,
      'aria-label': `${t('retention.col.action')}: ${kind}` },
    actions.map((a) => h('option', { value: a, selected: a === line.action }, t(`retention.action.${a}`))));
    const save = h('button', { type: 'submit', class: 'button button-small', disabled: !line.installed,
      'aria-label': t('retention.saveFor', { kind }) }, t('retention.save'));
    // novalidate: the server's problem is worded in the page's language; the browser's own bubble is not.
    const form = h('form', { class: 'retention-rule', id: `${id}-form`, novalidate: true, dataset: { module: line.module, kind: line.kind } },
      h('div', { class: 'field' }, days), h('div', { class: 'field' }, action), save);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      saveRule(line, form, save, kind);
    });
    const due = !line.installed ? t('retention.paused')
      : line.due ? t('retention.dueCount', { count: formatNumber(line.due) }) : t('retention.dueNone');
    return h('tr', { dataset: { module: line.module, kind: line.kind }, class: line.installed ? null : 'row-disabled' },
      h('td', {}, moduleName(line.module, modules)),
      h('th', { scope: 'row' }, kind),
      h('td', {}, afterName(line)),
      h('td', { colspan: 1 }, form),
      h('td', {}, t(line.setByOrganisation ? 'retention.byOrganisation' : 'retention.byDefault')),
      h('td', { class: 'retention-due', dataset: { due: String(line.due ?? '') } }, due));
  }

  async function saveRule(line, form, button, kind) {
    if (!beginBusy(button, t('common.saving'))) return;
    clearRegion(error);
    clearFieldErrors(form);
    try {
      await api.put(`/api/admin/retention/${encodeURIComponent(line.module)}/${encodeURIComponent(line.kind)}`, {
        keepDays: form.elements.keepDays.value === '' ? null : Number(form.elements.keepDays.value),
        action: form.elements.action.value,
      });
      await loadSchedule();
      showMessage(status, t('retention.saved', { kind }));
    } catch (err) {
      markFieldErrors(form, err);
      showProblem(error, err, { prefix: 'retention', detail: t('retention.saveFailed') });
    } finally {
      endBusy(button);
    }
  }

  async function loadSchedule() {
    try {
      const lines = await api.get('/api/admin/retention');
      await loadModuleWords([...new Set(lines.filter((l) => l.installed).map((l) => l.module))]);
      scheduleBox.replaceChildren(table('retention-table', t('retention.schedule'),
        [t('retention.module'), t('retention.kind'), t('retention.after'),
          `${t('retention.col.keepDays')} / ${t('retention.col.action')}`, t('retention.source'), t('retention.due')],
        lines.map(ruleRow)));
    } catch (err) {
      scheduleBox.replaceChildren();
      showProblem(error, err, { prefix: 'retention', detail: t('retention.loadFailed') });
    } finally {
      scheduleBox.setAttribute('aria-busy', 'false');
    }
  }

  const runButton = h('button', { type: 'button', id: 'retention-run', class: 'button button-primary' }, t('retention.run'));
  runButton.addEventListener('click', async () => {
    if (!beginBusy(runButton, t('retention.running'))) return;
    clearRegion(error);
    try {
      const { outcomes = [] } = await api.post('/api/admin/retention/runs', {});
      const total = outcomes.reduce((sum, o) => sum + Number(o.records ?? 0), 0);
      runBox.replaceChildren(
        h('p', { id: 'retention-run-done' }, t('retention.runDone', { count: formatNumber(total) })),
        table('retention-outcomes', t('retention.outcomes'),
          [t('retention.module'), t('retention.kind'), t('retention.col.action'), t('retention.records')],
          outcomes.map((o) => h('tr', {}, h('td', {}, moduleName(o.module, modules)), h('th', { scope: 'row' }, kindName(o)),
            h('td', {}, t(`retention.action.${o.action}`)), h('td', {}, formatNumber(o.records))))));
      await loadSchedule();
    } catch (err) {
      showProblem(error, err, { prefix: 'retention', detail: t('retention.runFailed') });
    } finally {
      endBusy(runButton);
    }
  });

  async function loadHolds() {
    try {
      const holds = await api.get('/api/admin/retention/holds');
      holdsBox.replaceChildren(table('retention-hold-table', t('retention.holdList'),
        [t('retention.col.subjectKind'), t('retention.col.subjectKey'), t('retention.col.reason'), t('retention.placedBy'),
          t('retention.placedAt'), ''],
        holds.map((hold) => h('tr', { dataset: { hold: String(hold.id) } },
          h('td', {}, t(`retention.subject.${hold.subjectKind}`)),
          h('th', { scope: 'row' }, hold.subjectKey),
          h('td', {}, hold.reason ?? ''),
          h('td', {}, hold.placedBy ?? ''),
          h('td', {}, timeEl(hold.placedAt)),
          h('td', {}, h('button', { type: 'button', class: 'button button-small', dataset: { action: 'lift' },
            'aria-label': t('retention.liftFor', { key: hold.subjectKey }), on: { click: (e) => lift(hold, e.currentTarget) } },
          t('retention.lift'))))),
        { empty: t('retention.noHolds') }));
    } catch (err) {
      showProblem(error, err, { prefix: 'retention', detail: t('retention.loadFailed') });
    }
  }

  async function lift(hold, button) {
    if (!beginBusy(button, t('common.saving'))) return;
    clearRegion(error);
    try {
      await api.post(`/api/admin/retention/holds/${hold.id}/lift`, {});
      showMessage(status, t('retention.lifted'));
      await Promise.all([loadHolds(), loadSchedule()]);
    } catch (err) {
      endBusy(button);
      showProblem(error, err, { prefix: 'retention', detail: t('retention.placeFailed') });
    }
  }

  const holdForm = h('form', { id: 'retention-hold-form', class: 'form form-grid', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'retention-subject-kind' }, t('retention.col.subjectKind')),
      h('select', { id: 'retention-subject-kind', name: 'subjectKind' },
        ['case', 'mentor'].map((k) => h('option', { value: k }, t(`retention.subject.${k}`))))),
    field({ id: 'retention-subject-key', name: 'subjectKey', label: t('retention.col.subjectKey'), autocomplete: 'off' }),
    field({ id: 'retention-reason', name: 'reason', label: t('retention.col.reason'), autocomplete: 'off' }),
    h('div', { class: 'actions form-grid-full' },
      h('button', { type: 'submit', class: 'button button-primary' }, t('retention.place'))));
  holdForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = holdForm.querySelector('button[type=submit]');
    if (!beginBusy(button, t('common.saving'))) return;
    clearRegion(error);
    clearFieldErrors(holdForm);
    try {
      await api.post('/api/admin/retention/holds', {
        subjectKind: holdForm.elements.subjectKind.value,
        subjectKey: holdForm.elements.subjectKey.value,
        reason: holdForm.elements.reason.value,
      });
      holdForm.elements.subjectKey.value = '';
      holdForm.elements.reason.value = '';
      showMessage(status, t('retention.placed'));
      await Promise.all([loadHolds(), loadSchedule()]);
    } catch (err) {
      markFieldErrors(holdForm, err);
      showProblem(error, err, { prefix: 'retention', detail: t('retention.placeFailed') });
    } finally {
      endBusy(button);
    }
  });

  main.append(
    heading(t('retention.title')),
    h('p', { class: 'lead' }, t('retention.intro')),
    error,
    status,
    h('section', { class: 'section', 'aria-labelledby': 'retention-schedule-heading' },
      h('h2', { id: 'retention-schedule-heading' }, t('retention.schedule')),
      scheduleBox),
    h('section', { class: 'section panel', 'aria-labelledby': 'retention-run-heading' },
      h('h2', { id: 'retention-run-heading' }, t('retention.runHeading')),
      runButton,
      runBox),
    h('section', { class: 'section', 'aria-labelledby': 'retention-holds-heading' },
      h('h2', { id: 'retention-holds-heading' }, t('retention.holds')),
      h('p', {}, t('retention.holdsIntro')),
      holdsBox,
      holdForm));

  loadSchedule();
  loadHolds();
}
