// The assessment module's part of a user's access request on the shell's page (#/account/data): the
// assessments they wrote, by case code, form and status (the answers are about the person assessed).

import { addMessages, t, label, formatDateTime } from '/ui/i18n.js';
import { h } from '/ui/dom.js';
import { MESSAGES } from './messages.js';

addMessages(MESSAGES);

export function recordLabel(type, id) {
  return type === 'assessment' ? t('assessment.privacy.record', { id }) : t('assessment.privacy.other');
}

export function render(records) {
  const list = records.assessments ?? [];
  return h('div', {},
    h('h3', {}, t('assessment.privacy.written')),
    h('ul', {}, list.map((a) => h('li', { 'data-assessment': a.id },
      [a.caseCode, label(a.title) || t('assessment.privacy.form'), t(`assessment.status.${a.status}`),
        t('assessment.privacy.created', { when: formatDateTime(a.createdAt) }),
        a.submittedAt ? t('assessment.privacy.submitted', { when: formatDateTime(a.submittedAt) }) : null]
        .filter(Boolean).join(' · ')))));
}
