// What the library's views share: the kit bound to #/m/library, the code lists of its facets and how a
// value and a highlighted snippet are shown.

import { h } from '/ui/dom.js';
import { moduleKit, labelOr } from '/ui/kit.js';

export const { query, go, stylesheet } = moduleKit('library');

export const TOPICS = ['ideology-islamist', 'ideology-right-wing', 'ideology-left-wing', 'ideology-other',
  'psychosocial-methods', 'trauma', 'conversation-technique', 'risk-assessment', 'cultural-competence',
  'law-ethics', 'inter-agency', 'family', 'returnees', 'diaspora'];
export const DIMENSIONS = ['topic', 'language', 'audience', 'evidence', 'year'];

export function valueLabel(dim, value) {
  const key = dim === 'language' ? `library.lang.${value}` : `library.${dim}.${value}`;
  return labelOr(key, value);
}

/** A snippet from {text, hit} parts: hits become <mark>, everything is a text node. */
export function snippet(parts) {
  return h('p', { class: 'library-snippet' },
    (parts ?? []).map((p) => (p.hit ? h('mark', {}, p.text) : p.text)));
}
