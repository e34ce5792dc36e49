// Knowledge library UI: search (facets, highlights, suggestions), a document page with "more like this",
// and an admin page (upload, folder import with progress, synonyms, zero-result queries).
// Text from the API is only ever set as text: highlights come as {text, hit} parts and become <mark> nodes.
import { addMessages } from '/ui/i18n.js';
import { h, errorRegion, statusRegion, showError, showMessage, clearRegion } from '/ui/dom.js';
import { moduleKit, LANGS } from '/ui/kit.js';

const TOPICS = ['ideology-islamist', 'ideology-right-wing', 'ideology-left-wing', 'ideology-other',
  'psychosocial-methods', 'trauma', 'conversation-technique', 'risk-assessment', 'cultural-competence',
  'law-ethics', 'inter-agency', 'family', 'returnees', 'diaspora'];
const AUDIENCES = ['mentor', 'coordinator', 'supervisor', 'leader', 'partner'];
const DIMENSIONS = ['topic', 'language', 'audience', 'evidence', 'year'];

addMessages({
  nb: {
    'library.search': 'Søk', 'library.searchLabel': 'Søk i biblioteket', 'library.searchButton': 'Søk',
    'library.results': '{count} treff', 'library.noResults': 'Ingen treff.', 'library.fuzzy': 'Ingen eksakte treff; viser treff for lignende ord.',
    'library.didYouMean': 'Mente du:', 'library.sort': 'Sortering', 'library.sort.relevance': 'Relevans', 'library.sort.year': 'År (nyeste først)', 'library.sort.title': 'Tittel',
    'library.prev': 'Forrige', 'library.next': 'Neste', 'library.page': 'Side {page}',
    'library.facet.topic': 'Tema', 'library.facet.language': 'Språk', 'library.facet.audience': 'Målgruppe', 'library.facet.evidence': 'Kunnskapsgrunnlag', 'library.facet.year': 'År',
    'library.back': 'Tilbake til søket', 'library.similar': 'Mer som dette', 'library.attachments': 'Vedlegg', 'library.source': 'Kilde', 'library.author': 'Forfatter',
    'library.admin': 'Administrer biblioteket', 'library.upload': 'Last opp en fil', 'library.file': 'Fil (.md, .html, .txt, .pdf)', 'library.uploadButton': 'Last opp',
    'library.uploaded': 'Lastet opp: {title}', 'library.importFolder': 'Importer fra mappe på serveren', 'library.folder': 'Mappe (full sti)', 'library.importButton': 'Importer',
    'library.reindex': 'Bygg søkeindeksen på nytt', 'library.jobLine': '{done} av {total} ferdig, {created} nye, {updated} oppdatert, {failed} feilet',
    'library.synonyms': 'Synonymer', 'library.synonymTerms': 'Ord som betyr det samme (kommaseparert)', 'library.addSynonyms': 'Legg til', 'library.delete': 'Slett',
    'library.zeroResults': 'Søk uten treff', 'library.zeroHint': 'Bare søketekst og antall; aldri hvem som søkte.', 'library.query': 'Søketekst', 'library.count': 'Antall',
    'library.language': 'Språk', 'library.access': 'Tilgang', 'library.topics': 'Tema', 'library.evidenceLabel': 'Kunnskapsgrunnlag',
    'library.lang.nb': 'Bokmål', 'library.lang.nn': 'Nynorsk', 'library.lang.en': 'Engelsk',
    'library.access.all': 'Alle', 'library.access.trained': 'Opplærte mentorer', 'library.access.coordinator': 'Koordinatorer',
    'library.evidence.practice': 'Praksisbeskrivelse', 'library.evidence.peer-reviewed': 'Fagfellevurdert', 'library.evidence.guideline': 'Veileder',
    'library.topic.ideology-islamist': 'Islamisme', 'library.topic.ideology-right-wing': 'Høyreekstremisme', 'library.topic.ideology-left-wing': 'Venstreekstremisme',
    'library.topic.ideology-other': 'Annet og blandet', 'library.topic.psychosocial-methods': 'Psykososiale metoder', 'library.topic.trauma': 'Traumer',
    'library.topic.conversation-technique': 'Samtaleteknikk', 'library.topic.risk-assessment': 'Risikovurdering', 'library.topic.cultural-competence': 'Kulturkompetanse',
    'library.topic.law-ethics': 'Lov og etikk', 'library.topic.inter-agency': 'Tverretatlig samarbeid', 'library.topic.family': 'Familie og pårørende',
    'library.topic.returnees': 'Hjemvendte fremmedkrigere', 'library.topic.diaspora': 'Diasporaarbeid',
    'library.audience.mentor': 'Mentor', 'library.audience.coordinator': 'Koordinator', 'library.audience.supervisor': 'Veileder', 'library.audience.leader': 'Leder', 'library.audience.partner': 'Samarbeidspartner',
  },
  nn: {
    'library.search': 'Søk', 'library.searchLabel': 'Søk i biblioteket', 'library.searchButton': 'Søk',
    'library.results': '{count} treff', 'library.noResults': 'Ingen treff.', 'library.fuzzy': 'Ingen eksakte treff; viser treff for liknande ord.',
    'library.didYouMean': 'Meinte du:', 'library.sort': 'Sortering', 'library.sort.relevance': 'Relevans', 'library.sort.year': 'År (nyaste først)', 'library.sort.title': 'Tittel',
    'library.prev': 'Førre', 'library.next': 'Neste', 'library.page': 'Side {page}',
    'library.facet.topic': 'Tema', 'library.facet.language': 'Språk', 'library.facet.audience': 'Målgruppe', 'library.facet.evidence': 'Kunnskapsgrunnlag', 'library.facet.year': 'År',
    'library.back': 'Tilbake til søket', 'library.similar': 'Meir som dette', 'library.attachments': 'Vedlegg', 'library.source': 'Kjelde', 'library.author': 'Forfattar',
    'library.admin': 'Administrer biblioteket', 'library.upload': 'Last opp ei fil', 'library.file': 'Fil (.md, .html, .txt, .pdf)', 'library.uploadButton': 'Last opp',
    'library.uploaded': 'Lasta opp: {title}', 'library.importFolder': 'Importer frå mappe på tenaren', 'library.folder': 'Mappe (full sti)', 'library.importButton': 'Importer',
    'library.reindex': 'Bygg søkjeindeksen på nytt', 'library.jobLine': '{done} av {total} ferdig, {created} nye, {updated} oppdaterte, {failed} feila',
    'library.synonyms': 'Synonym', 'library.synonymTerms': 'Ord som tyder det same (kommaseparert)', 'library.addSynonyms': 'Legg til', 'library.delete': 'Slett',
    'library.zeroResults': 'Søk utan treff', 'library.zeroHint': 'Berre søkjetekst og tal; aldri kven som søkte.', 'library.query': 'Søkjetekst', 'library.count': 'Tal',
    'library.language': 'Språk', 'library.access': 'Tilgang', 'library.topics': 'Tema', 'library.evidenceLabel': 'Kunnskapsgrunnlag',
    'library.lang.nb': 'Bokmål', 'library.lang.nn': 'Nynorsk', 'library.lang.en': 'Engelsk',
    'library.access.all': 'Alle', 'library.access.trained': 'Opplærte mentorar', 'library.access.coordinator': 'Koordinatorar',
    'library.evidence.practice': 'Praksisskildring', 'library.evidence.peer-reviewed': 'Fagfellevurdert', 'library.evidence.guideline': 'Rettleiar',
    'library.topic.ideology-islamist': 'Islamisme', 'library.topic.ideology-right-wing': 'Høgreekstremisme', 'library.topic.ideology-left-wing': 'Venstreekstremisme',
    'library.topic.ideology-other': 'Anna og blanda', 'library.topic.psychosocial-methods': 'Psykososiale metodar', 'library.topic.trauma': 'Traume',
    'library.topic.conversation-technique': 'Samtaleteknikk', 'library.topic.risk-assessment': 'Risikovurdering', 'library.topic.cultural-competence': 'Kulturkompetanse',
    'library.topic.law-ethics': 'Lov og etikk', 'library.topic.inter-agency': 'Tverretatleg samarbeid', 'library.topic.family': 'Familie og pårørande',
    'library.topic.returnees': 'Heimvende framandkrigarar', 'library.topic.diaspora': 'Diasporaarbeid',
    'library.audience.mentor': 'Mentor', 'library.audience.coordinator': 'Koordinator', 'library.audience.supervisor': 'Rettleiar', 'library.audience.leader': 'Leiar', 'library.audience.partner': 'Samarbeidspartnar',
  },
  en: {
    'library.search': 'Search', 'library.searchLabel': 'Search the library', 'library.searchButton': 'Search',
    'library.results': '{count} results', 'library.noResults': 'No results.', 'library.fuzzy': 'No exact matches; showing matches for similar words.',
    'library.didYouMean': 'Did you mean:', 'library.sort': 'Sort by', 'library.sort.relevance': 'Relevance', 'library.sort.year': 'Year (newest first)', 'library.sort.title': 'Title',
    'library.prev': 'Previous', 'library.next': 'Next', 'library.page': 'Page {page}',
    'library.facet.topic': 'Topic', 'library.facet.language': 'Language', 'library.facet.audience': 'Audience', 'library.facet.evidence': 'Evidence', 'library.facet.year': 'Year',
    'library.back': 'Back to search', 'library.similar': 'More like this', 'library.attachments': 'Attachments', 'library.source': 'Source', 'library.author': 'Author',
    'library.admin': 'Manage the library', 'library.upload': 'Upload a file', 'library.file': 'File (.md, .html, .txt, .pdf)', 'library.uploadButton': 'Upload',
    'library.uploaded': 'Uploaded: {title}', 'library.importFolder': 'Import from a folder on the server', 'library.folder': 'Folder (full path)', 'library.importButton': 'Import',
    'library.reindex': 'Rebuild the search index', 'library.jobLine': '{done} of {total} done, {created} new, {updated} updated, {failed} failed',
    'library.synonyms': 'Synonyms', 'library.synonymTerms': 'Words that mean the same (comma-separated)', 'library.addSynonyms': 'Add', 'library.delete': 'Delete',
    'library.zeroResults': 'Searches without results', 'library.zeroHint': 'Only the query text and a count; never who searched.', 'library.query': 'Query', 'library.count': 'Count',
    'library.language': 'Language', 'library.access': 'Access', 'library.topics': 'Topics', 'library.evidenceLabel': 'Evidence',
    'library.lang.nb': 'Norwegian Bokmål', 'library.lang.nn': 'Norwegian Nynorsk', 'library.lang.en': 'English',
    'library.access.all': 'Everyone', 'library.access.trained': 'Trained mentors', 'library.access.coordinator': 'Coordinators',
    'library.evidence.practice': 'Practice description', 'library.evidence.peer-reviewed': 'Peer-reviewed', 'library.evidence.guideline': 'Guideline',
    'library.topic.ideology-islamist': 'Islamist extremism', 'library.topic.ideology-right-wing': 'Right-wing extremism', 'library.topic.ideology-left-wing': 'Left-wing extremism',
    'library.topic.ideology-other': 'Other and mixed', 'library.topic.psychosocial-methods': 'Psychosocial methods', 'library.topic.trauma': 'Trauma',
    'library.topic.conversation-technique': 'Conversation technique', 'library.topic.risk-assessment': 'Risk assessment', 'library.topic.cultural-competence': 'Cultural competence',
    'library.topic.law-ethics': 'Law and ethics', 'library.topic.inter-agency': 'Inter-agency cooperation', 'library.topic.family': 'Family and relatives',
    'library.topic.returnees': 'Returned foreign fighters', 'library.topic.diaspora': 'Diaspora work',
    'library.audience.mentor': 'Mentor', 'library.audience.coordinator': 'Coordinator', 'library.audience.supervisor': 'Supervisor', 'library.audience.leader': 'Leader', 'library.audience.partner': 'Partner',
  },
});

// Search state survives sub-page visits (document page and back).
const { query, go, stylesheet } = moduleKit('library');
const state = { q: '', filters: {}, sort: 'relevance', page: 0 };

function valueLabel(t, dim, value) {
  const key = dim === 'language' ? `library.lang.${value}` : `library.${dim}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

/** A snippet from {text, hit} parts: hits become <mark>, everything is a text node. */
function snippet(parts) {
  return h('p', { class: 'library-snippet' },
    (parts ?? []).map((p) => (p.hit ? h('mark', {}, p.text) : p.text)));
}

export async function render(container, ctx) {
  stylesheet();
  const params = query();
  const page = params.get('page');
  if (page === 'doc') return documentPage(container, ctx, params.get('id'));
  if (page === 'admin' && ctx.user.roles.includes('admin')) return adminPage(container, ctx);
  return searchPage(container, ctx);
}

function searchPage(container, ctx) {
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
            h('label', { for: id }, `${valueLabel(t, dim, v.value)} (${v.count})`));
        }));
    });
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
          h('span', { class: 'tag' }, valueLabel(t, 'language', hit.language)),
          hit.year ? h('span', { class: 'tag' }, String(hit.year)) : null,
          h('span', { class: 'tag' }, valueLabel(t, 'evidence', hit.evidence)),
          (hit.topics ?? []).map((x) => h('span', { class: 'tag' }, valueLabel(t, 'topic', x)))))));
      if (!result.hits.length) hits.replaceChildren(h('li', {}, t('library.noResults')));
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

async function documentPage(container, ctx, id) {
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
          h('span', { class: 'tag' }, valueLabel(t, 'language', doc.language)),
          doc.year ? h('span', { class: 'tag' }, String(doc.year)) : null,
          h('span', { class: 'tag' }, valueLabel(t, 'evidence', doc.evidence)),
          h('span', { class: 'tag' }, `${t('library.access')}: ${valueLabel(t, 'access', doc.access)}`),
          doc.topics.map((x) => h('span', { class: 'tag' }, valueLabel(t, 'topic', x)))),
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

function adminPage(container, ctx) {
  const { t } = ctx;
  const error = errorRegion('library-admin-error');
  const status = statusRegion('library-admin-status');
  const progress = h('progress', { id: 'library-progress', class: 'library-progress', max: '1', value: '0', hidden: true });
  const progressText = h('p', { id: 'library-progress-text', role: 'status', 'aria-live': 'polite' });
  let pollTimer = null;

  const select = (id, values, labelKey, prefix) => h('div', { class: 'field' },
    h('label', { for: id }, t(labelKey)),
    h('select', { id, name: id }, values.map((v) => h('option', { value: v }, t(`${prefix}.${v}`)))));

  const file = h('input', { id: 'library-upload-file', type: 'file', accept: '.md,.html,.htm,.txt,.pdf', required: true });
  const topicSelect = h('select', { id: 'library-upload-topics', multiple: true, size: 5 },
    TOPICS.map((x) => h('option', { value: x }, t(`library.topic.${x}`))));
  const uploadForm = h('form', {
    id: 'library-upload-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        const f = file.files[0];
        if (!f) return;
        const query = {
          filename: f.name,
          language: uploadForm.querySelector('#library-upload-language').value,
          access: uploadForm.querySelector('#library-upload-access').value,
          evidence: uploadForm.querySelector('#library-upload-evidence').value,
          topics: [...topicSelect.selectedOptions].map((o) => o.value).join(','),
        };
        try {
          const doc = await ctx.api.post('/api/library/upload', f, { query });
          showMessage(status, t('library.uploaded', { title: doc.title }));
          status.dataset.id = doc.id;
          uploadForm.reset();
        } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.upload')),
  h('div', { class: 'field' }, h('label', { for: 'library-upload-file' }, t('library.file')), file),
  select('library-upload-language', LANGS, 'library.language', 'library.lang'),
  select('library-upload-access', ['all', 'trained', 'coordinator'], 'library.access', 'library.access'),
  select('library-upload-evidence', ['practice', 'peer-reviewed', 'guideline'], 'library.evidenceLabel', 'library.evidence'),
  h('div', { class: 'field' }, h('label', { for: 'library-upload-topics' }, t('library.topics')), topicSelect),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'library-upload-submit' }, t('library.uploadButton'))));

  function follow(job) {
    clearTimeout(pollTimer);
    progress.hidden = false;
    const show = (j) => {
      progress.max = Math.max(1, j.total);
      progress.value = j.done;
      progressText.textContent = t('library.jobLine', j);
      progressText.dataset.state = j.state;
    };
    show(job);
    const poll = async () => {
      try {
        const j = await ctx.api.get(`/api/library/jobs/${encodeURIComponent(job.id)}`, { background: true });
        show(j);
        if (j.state === 'running' || j.state === 'queued') pollTimer = setTimeout(poll, 400);
        else if (j.errors.length) showError(error, { detail: j.errors.join('; ') });
      } catch (err) { showError(error, err); }
    };
    pollTimer = setTimeout(poll, 300);
  }

  const folder = h('input', { id: 'library-import-folder', type: 'text', required: true });
  const importForm = h('form', {
    id: 'library-import-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        try { follow(await ctx.api.post('/api/library/import', { folder: folder.value })); } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.importFolder')),
  h('div', { class: 'field' }, h('label', { for: 'library-import-folder' }, t('library.folder')), folder),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button button-primary', id: 'library-import-submit' }, t('library.importButton')),
    h('button', {
      type: 'button', class: 'button', id: 'library-reindex',
      on: { click: async () => { try { follow(await ctx.api.post('/api/library/reindex')); } catch (err) { showError(error, err); } } },
    }, t('library.reindex'))),
  progress, progressText);

  const synonymList = h('ul', { id: 'library-synonyms' });
  const synonymInput = h('input', { id: 'library-synonym-terms', type: 'text', required: true });
  async function loadSynonyms() {
    const groups = await ctx.api.get('/api/library/synonyms');
    synonymList.replaceChildren(...groups.map((g) => h('li', {}, g.terms.join(', '), ' ',
      h('button', {
        type: 'button', class: 'button button-small',
        on: { click: async () => { try { await ctx.api.del(`/api/library/synonyms/${g.id}`); loadSynonyms(); } catch (err) { showError(error, err); } } },
      }, t('library.delete')))));
  }
  const synonymForm = h('form', {
    id: 'library-synonym-form', class: 'form panel',
    on: {
      submit: async (e) => {
        e.preventDefault();
        clearRegion(error);
        try {
          await ctx.api.post('/api/library/synonyms', { terms: synonymInput.value.split(',').map((s) => s.trim()).filter(Boolean) });
          synonymInput.value = '';
          loadSynonyms();
        } catch (err) { showError(error, err); }
      },
    },
  },
  h('h3', {}, t('library.synonyms')),
  h('div', { class: 'field' }, h('label', { for: 'library-synonym-terms' }, t('library.synonymTerms')), synonymInput),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('library.addSynonyms'))),
  synonymList);

  const zeroBody = h('tbody');
  const zero = h('section', { class: 'section panel' },
    h('h3', {}, t('library.zeroResults')), h('p', { class: 'hint' }, t('library.zeroHint')),
    h('table', { id: 'library-zero-results', class: 'table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('library.query')), h('th', { scope: 'col' }, t('library.count')))),
      zeroBody));

  container.replaceChildren(
    h('p', {}, h('a', { href: '#/m/library' }, t('library.back'))),
    h('h2', {}, t('library.admin')), error, status, uploadForm, importForm, synonymForm, zero);
  loadSynonyms().catch((err) => showError(error, err));
  ctx.api.get('/api/library/zero-results').then((rows) => zeroBody.replaceChildren(
    ...rows.map((r) => h('tr', {}, h('td', {}, r.query), h('td', {}, String(r.count)))))).catch((err) => showError(error, err));
  return () => clearTimeout(pollTimer);
}
