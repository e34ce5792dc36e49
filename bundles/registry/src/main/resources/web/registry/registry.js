// Mentor registry UI: mentor list with filters, mentor page with eligibility, matching with reasons and
// exclusions, course page with the session log, one view per file in views/. Sub-pages live in the hash
// query (#/m/registry?page=...).

import { addMessages } from '/ui/i18n.js';
import { h, errorRegion, showError } from '/ui/dom.js';
import { link, query, stylesheet, coordinates } from './common.js';
import { MESSAGES } from './messages.js';
import { mentorList } from './views/mentors.js';
import { mentorPage } from './views/mentor.js';
import { mentorFormPage } from './views/mentor-form.js';
import { matchPage } from './views/match.js';
import { courseList } from './views/courses.js';
import { coursePage } from './views/course.js';
import { duePage } from './views/due.js';

addMessages(MESSAGES);

const PAGES = ['mentors', 'match', 'courses', 'due'];
const VIEWS = {
  mentors: mentorList, mentor: mentorPage, 'mentor-edit': mentorFormPage, match: matchPage, courses: courseList,
  course: coursePage, due: duePage,
};

function subnav(ctx, current) {
  const t = ctx.t;
  const pages = coordinates(ctx) ? PAGES : ['mentors', 'courses', 'due'];
  return h('nav', { class: 'registry-subnav', 'aria-label': t('registry.nav.label') },
    h('ul', { class: 'nav-list' }, pages.map((p) => h('li', {},
      h('a', { href: link({ page: p }), 'aria-current': p === current ? 'page' : null, 'data-test': `registry-nav-${p}` },
        t(`registry.nav.${p}`))))));
}

export async function render(container, ctx) {
  stylesheet();
  const q = query();
  const page = q.get('page') || 'mentors';
  const error = errorRegion('registry-error');
  const body = h('div', { id: `registry-page-${page}` });
  container.replaceChildren(subnav(ctx, page), error, body);
  try {
    await (VIEWS[page] ?? mentorList)(body, ctx, q, error);
  } catch (err) {
    showError(error, err);
  }
}
