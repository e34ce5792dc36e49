// The guidelines, and their text for admins to edit.

import { h, timeEl, errorRegion, showError, clearRegion } from '/ui/dom.js';
import { LANGS } from '/ui/kit.js';
import { formatDateTime } from '/ui/i18n.js';
import { BASE, go, nav, table } from '../common.js';

/** The guideline text is plain Markdown-like text: "## " lines become headings, blank lines split paragraphs. */
function guidelineText(text) {
  return String(text || '').split(/\n\s*\n/).map((block) => {
    const b = block.trim();
    if (b.startsWith('## ')) return h('h4', {}, b.slice(3));
    if (b.startsWith('# ')) return h('h3', {}, b.slice(2));
    return h('p', {}, b.replace(/^\*(.*)\*$/s, '$1'));
  });
}

export async function guidelinesPage(container, ctx) {
  const { t, api, lang } = ctx;
  const errors = errorRegion('ethics-error');
  const g = await api.get(`${BASE}/guidelines`);
  const admin = ctx.user.roles.includes('admin');
  const seesAcceptances = admin || ctx.user.roles.includes('coordinator');
  const acceptances = seesAcceptances && g.version ? await api.get(`${BASE}/guidelines/acceptances`, { query: { version: g.version } }) : [];
  const accept = g.version && !g.accepted ? h('button', { type: 'button', class: 'button button-primary', id: 'ethics-accept',
    on: { click: async () => {
      try { await api.post(`${BASE}/guidelines/${g.version}/accept`, {}); go({ page: 'guidelines' }); } catch (err) { showError(errors, err); }
    } } }, t('ethics.accept'))
    : g.accepted ? h('p', { id: 'ethics-accepted' }, t('ethics.accepted', { when: formatDateTime(g.acceptedAt) })) : null;
  const texts = LANGS.map((l) => {
    const area = h('textarea', { id: `ethics-text-${l}`, name: `text.${l}`, rows: 10 });
    area.value = g.text?.[l] || '';
    return [l, area];
  });
  const note = h('input', { id: 'ethics-note', name: 'note' });
  const publish = admin ? h('form', { class: 'form panel no-print', id: 'ethics-publish-form', novalidate: true,
    on: { submit: async (e) => {
      e.preventDefault();
      clearRegion(errors);
      try {
        await api.post(`${BASE}/guidelines`, { currentVersion: g.version || 0, note: note.value,
          text: Object.fromEntries(texts.map(([l, area]) => [l, area.value])) });
        go({ page: 'guidelines' });
      } catch (err) { showError(errors, err); }
    } } },
  h('h3', {}, t('ethics.newVersion')), h('p', { class: 'hint' }, t('ethics.newVersionHint')),
  texts.map(([l, area]) => h('div', { class: 'field' }, h('label', { for: area.id }, t(`ethics.text.${l}`)), area)),
  h('div', { class: 'field' }, h('label', { for: 'ethics-note' }, t('ethics.note')), note),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'ethics-publish' }, t('ethics.publish')))) : null;
  container.replaceChildren(h('div', { class: 'ethics-page' },
    h('h2', {}, t('ethics.guidelines')), nav(ctx), errors,
    g.version ? h('p', {}, t('ethics.version', { version: g.version }), ' · ', timeEl(g.publishedAt)) : h('p', {}, t('ethics.none')),
    h('article', { class: 'ethics-guidelines', id: 'ethics-guideline-text' }, guidelineText(g.text?.[lang] || g.text?.nb)),
    accept,
    seesAcceptances && g.version ? h('section', {}, h('h3', {}, t('ethics.acceptances')),
      acceptances.length ? table('ethics-acceptances', t('ethics.acceptances'), [t('ethics.user'), t('ethics.when')],
        acceptances.map((a) => h('tr', {}, h('td', {}, a.username), h('td', {}, timeEl(a.acceptedAt))))) : h('p', {}, t('ethics.none'))) : null,
    publish));
}
