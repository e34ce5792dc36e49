// Assessment module UI: overview (new, list, due, timeline lookup), fill-in, printable report, timeline. Forms
// are managed on the forms module's page (#/m/forms), linked from the overview.
// Sub-pages live in the hash query: #/m/assessment?page=fill&id=12

import { addMessages } from '/ui/i18n.js';
import { query, stylesheet } from './common.js';
import { MESSAGES } from './messages.js';
import { overview } from './views/overview.js';
import { fillPage } from './views/fill.js';
import { reportPage } from './views/report.js';
import { timelinePage } from './views/timeline.js';
import { agreementPage } from './views/agreement.js';

addMessages(MESSAGES);

export async function render(container, ctx) {
  stylesheet();
  const q = query();
  const page = q.get('page');
  const views = { fill: fillPage, report: reportPage, timeline: timelinePage, agreement: agreementPage };
  const view = views[page] || overview;
  await view(container, ctx, q);
}
