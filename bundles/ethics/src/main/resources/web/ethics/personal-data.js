// The ethics module's part of a user's access request on the shell's page (#/account/data): the guideline
// versions accepted, and the checklists written, signed or countersigned (not their answers, which are about
// the people the checklists concern).

import { addMessages, t, label, formatDateTime } from '/ui/i18n.js';
import { h } from '/ui/dom.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

export function recordLabel(type, id) {
  return type === 'completion' ? t('ethics.privacy.completionRecord', { id }) : t('ethics.privacy.record');
}

function checklist(c) {
  const subject = c.subjectType === 'course' ? `${t('ethics.caseCode')} ${c.subjectId}` : t('ethics.forMe');
  return h('li', { 'data-completion': c.id },
    [label(c.title) || t('ethics.checklist'), subject, t(`ethics.status.${c.status}`),
      c.signedAt ? t('ethics.signedBy', { who: c.signedBy, when: formatDateTime(c.signedAt) }) : null,
      c.countersignedAt ? t('ethics.privacy.countersigned', { who: c.countersignedBy, when: formatDateTime(c.countersignedAt) })
        : null].filter(Boolean).join(' · '));
}

export function render(records) {
  const accepted = records.guidelinesAccepted ?? [];
  const lists = records.checklists ?? [];
  return h('div', {},
    h('h3', {}, t('ethics.guidelines')),
    accepted.length ? h('ul', {}, accepted.map((a) => h('li', {},
      t('ethics.privacy.accepted', { version: a.version, when: formatDateTime(a.acceptedAt) }))))
      : h('p', {}, t('ethics.none')),
    h('h3', {}, t('ethics.completions')),
    lists.length ? h('ul', {}, lists.map(checklist)) : h('p', {}, t('ethics.none')));
}
