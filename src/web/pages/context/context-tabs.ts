/**
 * The context page's two lists in the URL: which tab, then that tab's
 * search, filters and page (kept under the names bookmarks already use).
 */
import type { UrlShape } from '../../registers/use-register.js';

export type ContextTab = 'issues' | 'parties';

export const ISSUES_URL: UrlShape = { urlNames: { isClimateRelevant: 'climate' } };
export const PARTIES_URL: UrlShape = {
  urlNames: { hasUnaddressed: 'open' },
  constants: { tab: 'parties' },
};

export const readTab = (params: URLSearchParams): ContextTab =>
  params.get('tab') === 'parties' ? 'parties' : 'issues';

/** Switching tab starts the other list afresh. */
export const tabParams = (tab: ContextTab): URLSearchParams =>
  tab === 'issues' ? new URLSearchParams() : new URLSearchParams({ tab });
