// A module's helper script for a shell page, loaded from beside the module's UI script (e.g. statistics.js,
// personal-data.js), or null when the module offers none: the shell page then says so in its own words.

export async function moduleScript(app, id, file) {
  const ui = app.modules.find((m) => m.id === id)?.uiModule;
  if (typeof ui !== 'string' || !ui.startsWith('/') || ui.startsWith('//')) return null;
  try {
    return await import(new URL(file, new URL(ui, location.origin)).href);
  } catch (err) {
    console.warn(`Module "${id}" has no ${file}`, err);
    return null;
  }
}
