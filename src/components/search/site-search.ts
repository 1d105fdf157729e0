// Upgrades the header search box (SiteSearch.astro, `form[data-site-search]`): without
// JavaScript it goes to the guide list; with it, to the full-text search page.
const SEARCH_PATH = `${import.meta.env.BASE_URL}search/`;

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-search]')) {
  form.action = SEARCH_PATH;
}
