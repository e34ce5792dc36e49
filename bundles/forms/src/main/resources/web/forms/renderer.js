// Generic renderer for Mentorkit form definitions (used by assessment and ethics).
//
//   const form = renderForm(definition, { lang, answers, judgement, readOnly, onChange, t });
//   container.append(form.element);
//   form.values()            -> { answers, judgement }
//   form.showErrors(errors)  -> marks problem+json errors ({field: 'answers.x' | 'judgement.level', message})
//
// Conditional items are shown and hidden as answers change, by the same rules as the server
// (visibility.js). Every item's wrapper has id "item-<id>" and data-test="item-<id>".

import { h } from '/ui/dom.js';
import { visibleItems } from './visibility.js';

export { visibleItems };

const TEXTS = {
  nb: { yes: 'Ja', no: 'Nei', unknown: 'Ukjent', reason: 'Hvorfor ukjent?', evidence: 'Grunnlag (hva bygger svaret på?)',
    protective: 'Beskyttende faktor', required: 'påkrevd', judgement: 'Samlet vurdering', level: 'Nivå',
    formulation: 'Begrunnelse', judgementHint: 'Vurderingen er din. Programmet regner den aldri ut.' },
  nn: { yes: 'Ja', no: 'Nei', unknown: 'Ukjend', reason: 'Kvifor ukjend?', evidence: 'Grunnlag (kva byggjer svaret på?)',
    protective: 'Beskyttande faktor', required: 'påkravd', judgement: 'Samla vurdering', level: 'Nivå',
    formulation: 'Grunngiving', judgementHint: 'Vurderinga er di. Programmet reknar henne aldri ut.' },
  en: { yes: 'Yes', no: 'No', unknown: 'Unknown', reason: 'Why unknown?', evidence: 'Evidence (what the answer rests on)',
    protective: 'Protective factor', required: 'required', judgement: 'Final judgement', level: 'Level',
    formulation: 'Formulation', judgementHint: 'The judgement is yours. The software never computes it.' },
};

function link(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

export function renderForm(def, opts = {}) {
  link('/ui/forms/forms.css');
  const lang = opts.lang || 'nb';
  const tx = TEXTS[lang] || TEXTS.nb;
  const readOnly = !!opts.readOnly;
  const label = (obj) => (obj ? obj[lang] ?? obj.nb ?? '' : '');
  const answers = structuredClone(opts.answers || {});
  let judgement = { ...(opts.judgement || {}) };
  const scales = new Map((def.scales || []).map((s) => [s.id, s.levels]));
  const wrappers = new Map();

  const changed = () => {
    applyVisibility();
    opts.onChange?.();
  };
  const set = (id, patch) => {
    answers[id] = { ...(answers[id] || {}), ...patch };
    changed();
  };

  function choiceGroup(item, choices, multi) {
    const current = answers[item.id]?.value;
    return h('div', { class: 'form-choices', role: multi ? 'group' : 'radiogroup' },
      choices.map((c, i) => {
        const id = `f-${item.id}-${i}`;
        const checked = multi ? Array.isArray(current) && current.includes(c.value)
          : JSON.stringify(current) === JSON.stringify(c.value);
        return h('div', { class: 'checkbox' },
          h('input', {
            id, type: multi ? 'checkbox' : 'radio', name: `answers.${item.id}`, value: String(c.value), checked,
            disabled: readOnly, dataset: { test: `choice-${item.id}-${String(c.value)}` },
            on: { change: (e) => {
              if (multi) {
                const now = new Set(Array.isArray(answers[item.id]?.value) ? answers[item.id].value : []);
                if (e.target.checked) now.add(c.value); else now.delete(c.value);
                set(item.id, { value: [...now], unknown: false });
              } else {
                set(item.id, { value: c.value, unknown: false });
              }
            } },
          }),
          h('label', { for: id }, c.label ? label(c.label) : String(c.value)));
      }));
  }

  function input(item) {
    const a = answers[item.id] || {};
    const common = { id: `f-${item.id}`, name: `answers.${item.id}`, disabled: readOnly,
      dataset: { test: `input-${item.id}` } };
    switch (item.type) {
      case 'yesno':
        return choiceGroup(item, [{ value: true, label: { [lang]: tx.yes } }, { value: false, label: { [lang]: tx.no } }]);
      case 'single':
        return choiceGroup(item, item.options, false);
      case 'multi':
        return choiceGroup(item, item.options, true);
      case 'rating':
        return choiceGroup(item, scales.get(item.scale) || [], false);
      case 'longtext':
        return h('textarea', { ...common, rows: 4, value: a.value ?? '',
          on: { input: (e) => set(item.id, { value: e.target.value }) } });
      case 'number':
        return h('input', { ...common, type: 'number', value: a.value ?? '', min: item.min, max: item.max,
          on: { input: (e) => set(item.id, { value: e.target.value === '' ? null : Number(e.target.value) }) } });
      case 'date':
        return h('input', { ...common, type: 'date', value: a.value ?? '',
          on: { input: (e) => set(item.id, { value: e.target.value || null }) } });
      default:
        return h('input', { ...common, type: 'text', value: a.value ?? '', pattern: item.pattern,
          on: { input: (e) => set(item.id, { value: e.target.value }) } });
    }
  }

  function itemElement(item) {
    if (item.type === 'display') {
      return h('div', { id: `item-${item.id}`, class: 'form-item form-display', dataset: { test: `item-${item.id}` } },
        h('p', {}, label(item.text)));
    }
    const a = answers[item.id] || {};
    const extras = [];
    if (item.allowUnknown) {
      const reason = h('textarea', { id: `f-${item.id}-reason`, name: `answers.${item.id}.reason`, rows: 2,
        value: a.reason ?? '', disabled: readOnly, hidden: !a.unknown, 'aria-label': tx.reason,
        dataset: { test: `reason-${item.id}` }, on: { input: (e) => set(item.id, { reason: e.target.value }) } });
      extras.push(h('div', { class: 'checkbox form-unknown' },
        h('input', { id: `f-${item.id}-unknown`, type: 'checkbox', checked: !!a.unknown, disabled: readOnly,
          dataset: { test: `unknown-${item.id}` },
          on: { change: (e) => { reason.hidden = !e.target.checked; set(item.id, { unknown: e.target.checked }); } } }),
        h('label', { for: `f-${item.id}-unknown` }, tx.unknown)), reason);
    }
    if (item.evidence) {
      extras.push(h('div', { class: 'field' },
        h('label', { for: `f-${item.id}-evidence` }, tx.evidence),
        h('textarea', { id: `f-${item.id}-evidence`, rows: 2, value: a.evidence ?? '', disabled: readOnly,
          on: { input: (e) => set(item.id, { evidence: e.target.value }) } })));
    }
    const labelText = label(item.label) + (item.required ? ' *' : '');
    const grouped = ['yesno', 'single', 'multi', 'rating'].includes(item.type);
    return h(grouped ? 'fieldset' : 'div', { id: `item-${item.id}`, class: ['form-item', 'field',
      item.protective && 'form-protective'], dataset: { test: `item-${item.id}` } },
      grouped ? h('legend', {}, labelText) : h('label', { for: `f-${item.id}` }, labelText),
      item.protective ? h('span', { class: 'badge badge-ok' }, tx.protective) : null,
      item.help ? h('p', { class: 'hint' }, label(item.help)) : null,
      input(item),
      ...extras,
      h('p', { class: 'field-error', id: `err-${item.id}`, hidden: true }));
  }

  const sections = def.sections.map((s) => h('section', { class: 'form-section panel', id: `section-${s.id}` },
    h('h3', {}, label(s.title)),
    s.description ? h('p', { class: 'muted' }, label(s.description)) : null,
    s.items.map((item) => {
      const el = itemElement(item);
      wrappers.set(item.id, el);
      return el;
    })));

  let judgementEl = null;
  if (def.judgement) {
    const j = def.judgement;
    judgementEl = h('fieldset', { class: 'form-section panel form-judgement', id: 'judgement' },
      h('legend', {}, tx.judgement),
      h('p', { class: 'hint' }, tx.judgementHint),
      h('div', { class: 'form-choices', role: 'radiogroup' }, j.levels.map((l, i) => h('div', { class: 'checkbox' },
        h('input', { id: `judgement-level-${i}`, type: 'radio', name: 'judgement.level', value: l.value,
          checked: judgement.level === l.value, disabled: readOnly, dataset: { test: `judgement-${l.value}` },
          on: { change: () => { judgement = { ...judgement, level: l.value }; opts.onChange?.(); } } }),
        h('label', { for: `judgement-level-${i}` }, label(l.label))))),
      h('p', { class: 'field-error', id: 'err-judgement.level', hidden: true }),
      h('div', { class: 'field' },
        h('label', { for: 'judgement-formulation' }, tx.formulation + (j.formulationRequired ? ' *' : '')),
        h('textarea', { id: 'judgement-formulation', rows: 5, value: judgement.formulation ?? '', disabled: readOnly,
          on: { input: (e) => { judgement = { ...judgement, formulation: e.target.value }; opts.onChange?.(); } } })),
      h('p', { class: 'field-error', id: 'err-judgement.formulation', hidden: true }));
  }

  function applyVisibility() {
    const visible = visibleItems(def, answers);
    for (const [id, el] of wrappers) el.hidden = !visible.has(id);
  }

  const element = h('div', { class: 'mk-form', id: `form-${def.id}` }, sections, judgementEl);
  applyVisibility();

  return {
    element,
    /** The answers to visible items only (hidden ones are not part of what is saved), and the judgement. */
    values() {
      const visible = visibleItems(def, answers);
      const out = {};
      for (const [id, a] of Object.entries(answers)) {
        if (!visible.has(id)) continue;
        const clean = {};
        if (a.unknown) { clean.unknown = true; if (a.reason) clean.reason = a.reason; }
        else if (a.value !== undefined && a.value !== null && a.value !== '') clean.value = a.value;
        if (a.evidence) clean.evidence = a.evidence;
        if (Object.keys(clean).length) out[id] = clean;
      }
      return { answers: out, judgement: def.judgement ? judgement : null };
    },
    showErrors(errors) {
      for (const el of element.querySelectorAll('.field-error')) { el.hidden = true; el.textContent = ''; }
      for (const e of errors || []) {
        const id = e.field?.startsWith('answers.') ? `err-${e.field.slice(8)}` : `err-${e.field}`;
        const el = document.getElementById(id);
        if (el) { el.textContent = e.message; el.hidden = false; }
      }
    },
  };
}
