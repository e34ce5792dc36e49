// The list of mentor courses.

import { h } from '/ui/dom.js';
import { link, table } from '../common.js';

export async function courseList(body, ctx) {
  const t = ctx.t;
  const list = await ctx.api.get('/api/registry/courses');
  body.append(h('h2', {}, t('registry.courses.title')), list.length === 0 ? h('p', {}, t('registry.empty'))
    : table('registry-courses', t('registry.courses.title'),
      [t('registry.field.caseCode'), t('registry.field.status'), t('registry.field.targetGroup'), t('registry.field.level'),
        t('registry.field.mentor')],
      list.map((c) => h('tr', { 'data-course': c.caseCode },
        h('th', { scope: 'row' }, h('a', { href: link({ page: 'course', code: c.caseCode }) }, c.caseCode)),
        h('td', {}, t(`registry.status.${c.status}`)), h('td', {}, t(`registry.tg.${c.targetGroup}`)),
        h('td', {}, t(`registry.level.${c.level}`)), h('td', {}, c.mentorName ?? '')))));
}
