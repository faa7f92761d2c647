/**
 * After a new version is deployed the old version's page chunks are gone, and
 * a tab opened before the deploy fails to load the next page: load the new
 * version instead (index.html is never cached). A failure again within a
 * minute is shown as the page's error, so a missing file never reloads in a loop.
 */
const RELOADED_AT_KEY = 'aims.reloadedForNewVersionAt';
const RETRY_AFTER_MS = 60_000;

export const reloadOnStaleChunks = () => {
  window.addEventListener('vite:preloadError', () => {
    const last = Number(sessionStorage.getItem(RELOADED_AT_KEY) ?? 0);
    if (Date.now() - last < RETRY_AFTER_MS) return;
    sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()));
    window.location.reload();
  });
};
