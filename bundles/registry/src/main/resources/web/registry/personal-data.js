// The registry's part of a user's access request on the shell's page (#/account/data): the linked mentor
// profile in full, its supervision and the courses mentored (case code and status: the mentees are other people).

import { addMessages, t } from '/ui/i18n.js';
import { h } from '/ui/dom.js';
import { MESSAGES } from './messages.js';
import { profileRows } from './views/profile.js';

addMessages(MESSAGES);

/** What a logged read was of, for the reads table. */
export function recordLabel(type, id) {
  return type === 'mentor' ? t('registry.privacy.mentorRecord', { id }) : t('registry.privacy.record');
}

function supervision(list) {
  if (!list.length) return h('p', {}, t('registry.empty'));
  return h('ul', { class: 'registry-pd-supervision' }, list.map((s) => h('li', {},
    [s.date, s.supervisor, t(`registry.form.${s.form}`), s.topics].filter(Boolean).join(' · '))));
}

function courses(list) {
  if (!list.length) return h('p', {}, t('registry.empty'));
  return h('ul', { class: 'registry-pd-courses' }, list.map((c) => h('li', {},
    `${c.caseCode}: ${t(`registry.status.${c.status}`)}`)));
}

/** Each linked mentor profile with its supervision and courses. */
export function render(records) {
  return h('div', {}, records.map((r) => h('div', { 'data-mentor': r.mentor.id },
    h('h3', {}, t('registry.mentor.profile')),
    h('dl', { class: 'details' }, profileRows(t, r.mentor, { full: true })),
    h('h3', {}, t('registry.mentor.supervision')), supervision(r.supervision ?? []),
    h('h3', {}, t('registry.privacy.courses')), courses(r.courses ?? []))));
}
