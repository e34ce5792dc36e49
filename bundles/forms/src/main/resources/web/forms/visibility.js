// Visibility rules of Mentorkit forms: the browser's mirror of the server's FormRules.visibleItems.
// An item without visibleWhen is visible; otherwise its condition must hold, and a clause on a hidden
// item never holds, so hiding an item hides everything that depends on it.

function items(def) {
  return def.sections.flatMap((s) => s.items);
}

function hasValue(a) {
  if (!a || a.value === undefined || a.value === null) return false;
  if (typeof a.value === 'string') return a.value.trim() !== '';
  if (Array.isArray(a.value)) return a.value.length > 0;
  return true;
}

function matches(value, expected) {
  if (Array.isArray(value)) return value.some((v) => matches(v, expected));
  if (typeof value === 'number' && typeof expected === 'number') return value === expected;
  return JSON.stringify(value) === JSON.stringify(expected);
}

/** Ids of the visible items, given answers {itemId: {value, unknown, reason, evidence}}. */
export function visibleItems(def, answers) {
  const byId = new Map(items(def).map((i) => [i.id, i]));
  const memo = new Map();
  const visible = (id) => {
    if (memo.has(id)) return memo.get(id);
    memo.set(id, false); // guards against cycles, which the linter refuses anyway
    const item = byId.get(id);
    const result = !!item && (!item.visibleWhen || holds(item.visibleWhen));
    memo.set(id, result);
    return result;
  };
  const holds = (c) => {
    if (c.any) return c.any.some(holds);
    if (c.all) return c.all.every(holds);
    if (!c.item || !visible(c.item)) return false;
    const a = answers[c.item];
    if (c.answered !== undefined) return (!!a && (a.unknown || hasValue(a))) === c.answered;
    if (!a || a.unknown || !hasValue(a)) return false;
    if (c.equals !== undefined) return matches(a.value, c.equals);
    return Array.isArray(c.in) && c.in.some((v) => matches(a.value, v));
  };
  return new Set(items(def).map((i) => i.id).filter(visible));
}
