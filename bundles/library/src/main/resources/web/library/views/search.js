// Search: facets, highlights, suggestions and paging.

import { h, errorRegion, statusRegion, showError, clearRegion } from '/ui/dom.js';
import { query, go, DIMENSIONS, valueLabel, snippet } from '../common.js';

// Search state survives sub-page visits (document page and back).
const state = { q: '', filters: {}, sort: 'relevance', page: 0 };

export function searchPage(container, ctx) {
  const { t } = ctx;
  const error = errorRegion('library-error');
  const input = h('input', {
    id: 'library-q', type: 'search', name: 'q', value: state.q, autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-controls': 'library-suggest',
  });
  const suggestions = h('ul', { id: 'library-suggest', class: 'library-suggest', role: 'listbox' });
  const sort = h('select', { id: 'library-sort' },
    ['relevance', 'year', 'title'].map((s) => h('option', { value: s, selected: state.sort === s }, t(`library.sort.${s}`))));
  const facets = h('div', { id: 'library-facets', 'aria-label': t('library.facet.topic') });
  const info = statusRegion('library-info');
  const hits = h('ol', { id: 'library-results', class: 'library-hits' });
  const pager = h('div', { class: 'library-pager' });
  let suggestTimer = null;
  let suggestRound = 0;
  let seq = 0;
  // Closing also drops a suggestion request still under way: typing and pressing Enter at once must not reopen it.
  const closeSuggestions = () => { clearTimeout(suggestTimer); suggestRound += 1; suggestions.replaceChildren(); };

  const form = h('form', {
    id: 'library-search-form', role: 'search',
    on: {
      // A new question starts without the previous question's facet choices.
      submit: (e) => { e.preventDefault(); state.q = input.value; state.filters = {}; state.page = 0; closeSuggestions(); search(); },
    },
  },
  h('label', { for: 'library-q', class: 'visually-hidden' }, t('library.searchLabel')),
  h('div', { class: 'library-searchbar' }, input,
    h('button', { type: 'submit', class: 'button button-primary', id: 'library-submit' }, t('library.searchButton')),
    suggestions));

  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const round = suggestRound;
    suggestTimer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) { suggestions.replaceChildren(); return; }
      try {
        const list = await ctx.api.get('/api/library/suggest', { query: { q } });
        if (round !== suggestRound) return;
        suggestions.replaceChildren(...list.map((s) => h('li', { role: 'option' },
          h('button', { type: 'button', dataset: { test: 'suggestion' }, on: { click: () => go({ page: 'doc', id: s.id }) } }, s.title))));
      } catch { suggestions.replaceChildren(); }
    }, 150);
  });
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeSuggestions(); });
  sort.addEventListener('change', () => { state.sort = sort.value; state.page = 0; search(); });

  function facetGroups(result) {
    return DIMENSIONS.map((dim) => {
      const values = [...(result.facets?.[dim] ?? [])];
      if (dim === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
      const chosen = state.filters[dim] ?? [];
      if (!values.length) return null;
      return h('fieldset', { class: 'library-facet' },
        h('legend', {}, t(`library.facet.${dim}`)),
        values.map((v) => {
          const id = `library-facet-${dim}-${v.value}`;
          return h('div', { class: 'checkbox' },
            h('input', {
              type: 'checkbox', id, value: v.value, checked: chosen.includes(v.value), dataset: { facet: dim },
              on: {
                change: (e) => {
                  const set = new Set(state.filters[dim] ?? []);
                  if (e.target.checked) set.add(v.value); else set.delete(v.value);
                  state.filters[dim] = [...set];
                  state.page = 0;
                  search();
                },
              },
            }),
            h('label', { for: id }, `${valueLabel(dim, v.value)} (${v.count})`));
        }));
    });
  }

  // Never a blank page: what the library has near words that find nothing, each a search of its own.
  function nearby(near) {
    if (!near) return [];
    const ask = (q, filters) => { input.value = q; state.q = q; state.filters = filters; state.page = 0; search(); };
    const group = (key, items) => (items.length
      ? h('li', { class: 'library-nearby', dataset: { test: `nearby-${key}` } }, h('span', {}, `${t(`library.nearby.${key}`)}: `), ...items)
      : null);
    return [h('li', { id: 'library-nearby' }, t('library.nearby')),
      group('topics', near.topics.map((x) => h('button', { type: 'button', class: 'button button-small', on: { click: () => ask('', { topic: [x] }) } }, valueLabel('topic', x)))),
      group('terms', near.terms.map((x) => h('button', { type: 'button', class: 'button button-small', on: { click: () => ask(x, {}) } }, x))),
      group('titles', near.titles.map((x) => h('a', { href: `#/m/library?page=doc&id=${encodeURIComponent(x.id)}`, dataset: { test: 'nearby-title' } }, x.title))),
    ].filter(Boolean);
  }

  async function search() {
    const mine = ++seq;
    clearRegion(error);
    const query = { q: state.q, sort: state.sort, page: state.page, size: 10 };
    const url = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== '' && v !== null) url.append(k, v);
    for (const [dim, values] of Object.entries(state.filters)) for (const v of values) url.append(dim, v);
    try {
      const result = await ctx.api.get(`/api/library/search?${url}`);
      if (mine !== seq) return;
      facets.replaceChildren(...facetGroups(result).filter(Boolean));
      const lines = [t('library.results', { count: result.total })];
      info.replaceChildren(...[h('p', { id: 'library-total', dataset: { total: result.total } }, lines[0]),
        result.fuzzy ? h('p', {}, t('library.fuzzy')) : null,
        result.didYouMean ? h('p', {}, `${t('library.didYouMean')} `,
          h('a', { href: '#', id: 'library-didyoumean', on: { click: (e) => { e.preventDefault(); input.value = result.didYouMean; state.q = result.didYouMean; search(); } } },
            result.didYouMean)) : null].filter(Boolean));
      hits.replaceChildren(...result.hits.map((hit) => h('li', { class: 'library-hit' },
        h('h3', {}, h('a', { href: `#/m/library?page=doc&id=${encodeURIComponent(hit.id)}`, dataset: { test: 'hit', id: hit.id } }, hit.title)),
        snippet(hit.snippetParts),
        h('p', { class: 'tags' },
          h('span', { class: 'tag' }, valueLabel('language', hit.language)),
          hit.year ? h('span', { class: 'tag' }, String(hit.year)) : null,
          h('span', { class: 'tag' }, valueLabel('evidence', hit.evidence)),
          (hit.topics ?? []).map((x) => h('span', { class: 'tag' }, valueLabel('topic', x)))))));
      if (!result.hits.length) hits.replaceChildren(h('li', {}, t('library.noResults')), ...nearby(result.nearby));
      const pages = Math.ceil(result.total / 10);
      pager.replaceChildren(
        h('button', { type: 'button', class: 'button button-small', disabled: state.page === 0, on: { click: () => { state.page--; search(); } } }, t('library.prev')),
        h('span', {}, t('library.page', { page: state.page + 1 })),
        h('button', { type: 'button', class: 'button button-small', disabled: state.page + 1 >= pages, on: { click: () => { state.page++; search(); } } }, t('library.next')));
    } catch (err) {
      showError(error, err);
    }
  }

  const admin = ctx.user.roles.includes('admin')
    ? h('p', {}, h('a', { href: '#/m/library?page=admin', id: 'library-admin-link' }, t('library.admin'))) : null;
  container.replaceChildren(...[
    h('h2', { class: 'visually-hidden' }, t('library.search')),
    form, admin, error,
    h('div', { class: 'library-layout' },
      h('aside', {}, h('label', { for: 'library-sort' }, t('library.sort')), ' ', sort, facets),
      h('section', {}, info, hits, pager))].filter(Boolean));
  search();
  return () => clearTimeout(suggestTimer);
}
