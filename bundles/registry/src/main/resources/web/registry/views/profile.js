// A mentor's profile as a list of labelled facts, for the mentor page and for the mentor's own access request;
// every code the API gives is shown in the page's words.

import { h } from '/ui/dom.js';
import { getLang } from '/ui/i18n.js';
import { NETWORKS, codeLabel } from '../common.js';

/** A language code (ISO 639) in the page's language, e.g. 'ar' as 'arabisk'; the code itself if unknown. */
function languageName(code) {
  try {
    return new Intl.DisplayNames([getLang()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function row(label, value) {
  return value === undefined || value === null || value === '' ? null
    : h('div', {}, h('dt', {}, label), h('dd', {}, String(value)));
}

/**
 * The facts of mentor view {@code m} (with its profile) as rows of a <dl>. With {@code full}, also what only the
 * mentor and their coordinators need: contact details, year of birth and declared conflicts of interest.
 */
export function profileRows(t, m, { full = false } = {}) {
  const p = m.profile;
  const e = p.employment;
  return [
    full ? row(t('registry.field.name'), p.name) : null,
    row(t('registry.field.status'), t(`registry.status.${p.status}`)),
    full ? row(t('registry.field.email'), p.email) : null,
    full ? row(t('registry.field.phone'), p.phone) : null,
    full ? row(t('registry.field.birthYear'), p.birthYear) : null,
    row(t('registry.field.organisation'), p.organisation),
    row(t('registry.field.organisationType'), p.organisationType ? t(`registry.org.${p.organisationType}`) : null),
    row(t('registry.field.employment'), e?.model ? [t(`registry.employment.${e.model}`),
      e.hoursPerWeek ? `${t('registry.field.hoursPerWeek')}: ${e.hoursPerWeek}` : null,
      e.positionPercent ? `${t('registry.field.positionPercent')}: ${e.positionPercent}` : null,
      e.contractFrom ? `${t('registry.field.contractFrom')} ${e.contractFrom}` : null,
      e.contractTo ? `${t('registry.field.contractTo')} ${e.contractTo}` : null].filter(Boolean).join(', ') : null),
    row(t('registry.field.municipality'), `${p.municipality}${p.county ? `, ${p.county}` : ''}`),
    row(t('registry.field.network'), NETWORKS[p.network]),
    row(t('registry.field.age'), m.age),
    row(t('registry.field.gender'), p.gender ? t(`registry.gender.${p.gender}`) : null),
    row(t('registry.field.languages'), p.languages
      .map((l) => `${languageName(l.code)} (${t(`registry.languageLevel.${l.level}`)})`).join(', ')),
    row(t('registry.field.competences'), p.competences.map((c) => codeLabel('competences', c)).join(', ')),
    row(t('registry.field.interests'), [...p.interests.map((c) => codeLabel('interests', c)),
      ...p.experiences.map((c) => codeLabel('experiences', c))].join(', ')),
    row(t('registry.field.training'), p.training ? [p.training.cohort,
      p.training.completed ? t('registry.field.trainingCompleted') : null,
      p.training.certifiedOn ? `${t('registry.field.certifiedOn')}: ${p.training.certifiedOn}` : null]
      .filter(Boolean).join(', ') : null),
    row(t('registry.field.certificate'), p.policeCertificate
      ? `${p.policeCertificate.type}, ${p.policeCertificate.issuedOn}, ${p.policeCertificate.seenBy}` : null),
    m.activeCourses === undefined ? row(t('registry.field.capacity'), p.capacity)
      : row(t('registry.field.load'), `${m.activeCourses}/${p.capacity}`),
    row(t('registry.field.login'), m.username),
    row(t('registry.field.supervisorUser'), m.supervisorUsername),
    row(t('registry.field.background'), p.background),
    row(t('registry.field.belonging'), p.belonging),
    full ? row(t('registry.field.conflicts'), (p.conflicts ?? [])
      .map((c) => (c.caseCode ? `${c.note} (${c.caseCode})` : c.note)).join('; ')) : null,
  ];
}
