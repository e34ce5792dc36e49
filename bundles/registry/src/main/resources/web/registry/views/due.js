// Checks (training, police certificate, supervision) that fall due soon or are overdue.

import { h } from '/ui/dom.js';
import { link, table } from '../common.js';

export async function duePage(body, ctx) {
  const t = ctx.t;
  const due = await ctx.api.get('/api/registry/due');
  body.append(h('h2', {}, t('registry.due.title')), due.length === 0 ? h('p', {}, t('registry.empty'))
    : table('registry-due', t('registry.due.title'),
      [t('registry.field.name'), t('registry.check.code'), t('registry.check.due')],
      due.map((d) => h('tr', { class: d.overdue ? 'outcome-fail' : null },
        h('th', { scope: 'row' }, h('a', { href: link({ page: 'mentor', id: d.mentorId }) }, d.name)),
        h('td', {}, t(`registry.gate.${d.code}`)), h('td', {}, d.dueOn)))));
}
