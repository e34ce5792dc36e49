// Ethics module UI: overview (guideline banner, due list, start a checklist, checklists), fill-in with comments,
// sign and countersign, disclosure log, printable course report, guidelines, admin settings.
// Sub-pages live in the hash query: #/m/ethics?page=fill&id=12

import { addMessages } from '/ui/i18n.js';
import { query, stylesheet } from './common.js';
import { MESSAGES } from './messages.js';
import { overview } from './views/overview.js';
import { fillPage } from './views/fill.js';
import { disclosuresPage } from './views/disclosures.js';
import { reportPage } from './views/report.js';
import { guidelinesPage } from './views/guidelines.js';
import { adminPage } from './views/admin.js';

addMessages(MESSAGES);

export async function render(container, ctx) {
  stylesheet();
  const q = query();
  const views = { fill: fillPage, disclosures: disclosuresPage, report: reportPage, guidelines: guidelinesPage, admin: adminPage };
  await (views[q.get('page')] || overview)(container, ctx, q);
}
