// Knowledge library UI: search (facets, highlights, suggestions), a document page with "more like this",
// and an admin page (upload, folder import with progress, synonyms, zero-result queries), one view per file
// in views/. Text from the API is only ever set as text: highlights come as {text, hit} parts and become
// <mark> nodes.

import { addMessages } from '/ui/i18n.js';
import { query, stylesheet } from './common.js';
import { MESSAGES } from './messages.js';
import { searchPage } from './views/search.js';
import { documentPage } from './views/document.js';
import { adminPage } from './views/admin.js';

addMessages(MESSAGES);

export async function render(container, ctx) {
  stylesheet();
  const params = query();
  const page = params.get('page');
  if (page === 'doc') return documentPage(container, ctx, params.get('id'));
  if (page === 'admin' && ctx.user.roles.includes('admin')) return adminPage(container, ctx);
  return searchPage(container, ctx);
}
