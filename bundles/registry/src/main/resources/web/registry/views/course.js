// One mentor course: status changes and the session log.

import { h, errorRegion, statusRegion, showError, showMessage, clearRegion, markFieldErrors, clearFieldErrors, beginBusy, endBusy, timeEl } from '/ui/dom.js';
import { formatDate, formatNumber } from '/ui/i18n.js';
import { link, showProblem, table, coordinates, select, input, codes } from '../common.js';

export async function coursePage(body, ctx, q) {
  const t = ctx.t;
  const lists = await codes(ctx.api);
  const code = q.get('code');
  const path = `/api/registry/courses/${encodeURIComponent(code)}`;
  const error = errorRegion('registry-course-error');
  const status = statusRegion('registry-course-status');
  const area = h('div');
  body.append(h('h2', { id: 'registry-course-heading' }, t('registry.course.title', { code })), error, status, area);

  async function act(button, fn) {
    if (!beginBusy(button)) return;
    clearRegion(error);
    try {
      draw(await fn());
      showMessage(status, t('registry.course.saved'));
    } catch (err) {
      const holds = (err.errors ?? []).filter((e) => String(e.field).startsWith('hold.'));
      if (err.status === 409 && holds.length) showHolds(holds);
      else showError(error, err);
    } finally {
      endBusy(button);
    }
  }

  /**
   * A 409 from a step guard lists its holds as errors named hold.<module>.<code>: each is worded in the user's
   * language by its code; the guard's English detail is the fallback.
   */
  function showHolds(holds) {
    showProblem(error, { errors: holds }, t('registry.course.held'));
  }

  /** Sends a course form with `send(formData)`: 400 errors are marked at their fields, the course redrawn on success. */
  function onSubmit(form, send) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const f = new FormData(form);
      clearFieldErrors(form);
      act(form.querySelector('button[type=submit]'), async () => {
        try {
          return await send(f);
        } catch (err) {
          markFieldErrors(form, err);
          throw err;
        }
      });
    });
    return form;
  }

  function statusButtons(c) {
    if (!coordinates(ctx)) return null;
    const reason = h('input', { id: 'registry-status-reason', name: 'reason' });
    // A course enters matching or goes back to referral through the match page, not by a status button.
    const next = (lists.courseTransitions[c.status] ?? [])
      .filter((s) => s !== 'matching' && s !== 'referred');
    const label = { active: 'registry.course.activate', paused: 'registry.course.pause', closed: 'registry.course.close' };
    if (!next.length) return null;
    return h('div', { class: 'actions' },
      h('div', { class: 'field' }, h('label', { for: 'registry-status-reason' }, t('registry.field.reason')), reason),
      next.map((s) => h('button', {
        type: 'button', class: 'button', 'data-test': `status-${s}`,
        on: { click: (e) => act(e.currentTarget, () => ctx.api.post(`${path}/status`, { version: c.version, status: s, reason: reason.value || null })) },
      }, t(label[s]))));
  }

  function sessionForm() {
    const form = h('form', { id: 'registry-session-form', class: 'form form-grid', novalidate: true },
      input('date', t('registry.field.date'), { type: 'date', value: new Date().toISOString().slice(0, 10), required: true }),
      input('minutes', t('registry.field.minutes'), { type: 'number', min: 1, max: 600, value: 60 }),
      select('kind', t('registry.field.kind'), lists.sessionKinds, (k) => t(`registry.kind.${k}`)),
      h('div', { class: 'field form-grid-full' }, h('label', { for: 'notes' }, t('registry.field.notes')),
        h('textarea', { id: 'notes', name: 'notes', rows: 3 })),
      input('followUps', t('registry.field.followUps')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-session-save', class: 'button button-primary' },
        t('registry.course.addSession'))));
    return onSubmit(form, (f) => ctx.api.post(`${path}/sessions`, {
      date: f.get('date') || null, minutes: f.get('minutes') ? Number(f.get('minutes')) : null, kind: f.get('kind'),
      notes: f.get('notes') || null, followUps: f.get('followUps') || null,
    }));
  }

  /** Coordinators give the course another mentor among the eligible ones; the API re-checks every gate. */
  function reassignForm(c, mentors) {
    if (!coordinates(ctx) || c.status === 'closed') return null;
    const others = mentors.filter((m) => m.id !== c.mentorId);
    const form = h('form', { id: 'registry-reassign-form', class: 'form form-grid', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: 'registry-reassign-mentor' }, t('registry.reassign.to')),
        h('select', { id: 'registry-reassign-mentor', name: 'mentorId' },
          others.map((m) => h('option', { value: m.id },
            `${m.name} · ${m.municipality} · ${m.activeCourses}/${m.capacity}`)))),
      h('div', { class: 'field' }, h('label', { for: 'registry-reassign-reason' }, t('registry.field.reason')),
        h('input', { id: 'registry-reassign-reason', name: 'reason', required: true })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'registry-reassign-save', class: 'button' },
        t('registry.reassign.save'))));
    onSubmit(form, (f) => ctx.api.post(`${path}/mentor`, {
      version: c.version, mentorId: f.get('mentorId') ? Number(f.get('mentorId')) : null,
      reason: String(f.get('reason') ?? '').trim() || null,
    }));
    return h('section', { class: 'panel' }, h('h3', {}, t('registry.reassign.title')),
      others.length === 0 ? h('p', {}, t('registry.empty')) : form);
  }

  let eligibleMentors = [];

  /** Names the mentors of a reassignment where the page knows them; status codes are translated. */
  function historyValue(c, event, value) {
    if (value === null || value === undefined) return '–';
    if (event === 'status') return t(`registry.status.${value}`);
    const id = Number(value);
    const name = id === c.mentorId ? c.mentorName : eligibleMentors.find((m) => m.id === id)?.name;
    return name ? `${name} (#${id})` : `#${id}`;
  }

  /** When the retention schedule deletes (or anonymises) the course, in the page's words. */
  function retentionText(r) {
    if (r.anonymised) return t('registry.retention.anonymised');
    if (r.held) return t('registry.retention.held');
    if (r.action === 'KEEP') return t('registry.retention.keep');
    if (!r.dueAt) return t(`registry.retention.afterClosing.${r.action}`, { days: formatNumber(r.keepDays) });
    if (new Date(r.dueAt) <= new Date()) return t(`registry.retention.nextRun.${r.action}`);
    return t(`registry.retention.on.${r.action}`, { date: formatDate(r.dueAt) });
  }

  function draw(c) {
    const d = c.details ?? {};
    area.replaceChildren(
      h('dl', { class: 'details panel', id: 'registry-course-details' },
        h('div', {}, h('dt', {}, t('registry.field.status')), h('dd', { id: 'registry-course-status-value' }, t(`registry.status.${c.status}`))),
        h('div', {}, h('dt', {}, t('registry.field.targetGroup')), h('dd', {}, t(`registry.tg.${c.targetGroup}`))),
        h('div', {}, h('dt', {}, t('registry.field.level')), h('dd', {}, t(`registry.level.${c.level}`))),
        h('div', {}, h('dt', {}, t('registry.field.mentor')), h('dd', {}, c.mentorId
          ? h('a', { href: link({ page: 'mentor', id: c.mentorId }) }, c.mentorName ?? String(c.mentorId)) : '–')),
        d.commissioningParty ? h('div', {}, h('dt', {}, t('registry.field.commissioningParty')), h('dd', {}, d.commissioningParty)) : null,
        d.goals ? h('div', {}, h('dt', {}, t('registry.field.goals')), h('dd', {},
          [d.goals.motivation, d.goals.riskReduction, d.goals.ownGoals].filter(Boolean).join(' · '))) : null,
        c.closedReason ? h('div', {}, h('dt', {}, t('registry.field.reason')), h('dd', {}, c.closedReason)) : null,
        c.retention ? h('div', {}, h('dt', {}, t('registry.field.retention')),
          h('dd', { id: 'registry-course-retention', 'data-action': c.retention.action }, retentionText(c.retention))) : null),
      statusButtons(c),
      h('section', { class: 'panel' }, h('h3', {}, t('registry.course.sessions')),
        c.sessions.length === 0 ? h('p', {}, t('registry.empty')) : table('registry-sessions', t('registry.course.sessions'),
          [t('registry.field.date'), t('registry.field.minutes'), t('registry.field.kind'), t('registry.field.notes'), t('registry.field.followUps')],
          c.sessions.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.date), h('td', {}, s.minutes),
            h('td', {}, t(`registry.kind.${s.kind}`)), h('td', {}, s.notes ?? ''), h('td', {}, s.followUps ?? '')))),
        ['active', 'paused'].includes(c.status) ? sessionForm() : null),
      reassignForm(c, eligibleMentors),
      h('section', { class: 'panel' }, h('h3', {}, t('registry.course.history')), h('ul', { id: 'registry-history' },
        c.history.map((x) => h('li', { 'data-event': x.event }, timeEl(x.changedAt),
          ` ${t(`registry.history.${x.event}`)}: ${historyValue(c, x.event, x.from)} → ${historyValue(c, x.event, x.to)}`,
          x.reason ? ` (${x.reason})` : '', ` – ${x.changedBy}`)))));
  }

  const [course, mentors] = await Promise.all([ctx.api.get(path),
    coordinates(ctx) ? ctx.api.get('/api/registry/mentors', { query: { eligible: 'true', status: 'active' } }) : []]);
  eligibleMentors = mentors;
  draw(course);
}
