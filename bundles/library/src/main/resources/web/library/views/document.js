// One document, with "more like this".

import { h, errorRegion, showError } from '/ui/dom.js';
import { valueLabel } from '../common.js';

export async function documentPage(container, ctx, id) {
  const { t } = ctx;
  const error = errorRegion('library-doc-error');
  container.replaceChildren(h('p', {}, h('a', { href: '#/m/library', id: 'library-back' }, t('library.back'))), error);
  try {
    const doc = await ctx.api.get(`/api/library/documents/${encodeURIComponent(id)}`);
    const similar = await ctx.api.get(`/api/library/documents/${encodeURIComponent(id)}/similar`);
    const body = h('div', { class: 'library-doc-body', lang: doc.language === 'en' ? 'en' : doc.language },
      doc.blocks.map((b) => h(b.type === 'li' ? 'p' : b.type, {}, b.type === 'li' ? `• ${b.text}` : b.text)));
    container.append(
      h('article', { id: 'library-doc' },
        h('h2', { id: 'library-doc-title' }, doc.title),
        doc.summary ? h('p', { class: 'lead' }, doc.summary) : null,
        h('p', { class: 'tags' },
          h('span', { class: 'tag' }, valueLabel('language', doc.language)),
          doc.year ? h('span', { class: 'tag' }, String(doc.year)) : null,
          h('span', { class: 'tag' }, valueLabel('evidence', doc.evidence)),
          h('span', { class: 'tag' }, `${t('library.access')}: ${valueLabel('access', doc.access)}`),
          doc.topics.map((x) => h('span', { class: 'tag' }, valueLabel('topic', x)))),
        body,
        h('dl', { class: 'details' },
          doc.source ? [h('dt', {}, t('library.source')), h('dd', {}, doc.source)] : null,
          doc.author ? [h('dt', {}, t('library.author')), h('dd', {}, doc.author)] : null),
        doc.attachments.length ? h('section', {}, h('h3', {}, t('library.attachments')),
          h('ul', {}, doc.attachments.map((a) => h('li', {},
            h('a', { href: `/api/library/attachments/${a.id}`, download: a.filename }, a.filename))))) : null),
      h('section', { id: 'library-similar' }, h('h3', {}, t('library.similar')),
        h('ul', {}, similar.map((s) => h('li', {}, h('a', { href: `#/m/library?page=doc&id=${encodeURIComponent(s.id)}` }, s.title))))));
  } catch (err) {
    showError(error, err);
  }
}
