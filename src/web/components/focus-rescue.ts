/**
 * Keeps the keyboard focus on the page when the element that held it goes
 * away: the Revise button replaced by the editor, Save draft by the draft's
 * panel, a dialog closed after its opener was removed (discarding a draft).
 * The browser would drop the focus to the body, and a keyboard or screen
 * reader user would start again from the top. The focus moves instead to the
 * heading of the nearest part of the page that is still there (or its first
 * control), else to the page's title.
 */
import { useEffect } from 'react';

const HEADING = 'h1, h2, h3, h4';
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements around the focused one, innermost first, up to the main region. */
const ancestorsOf = (element: Element, main: Element): Element[] => {
  const chain: Element[] = [];
  for (let node = element.parentElement; node && node !== main; node = node.parentElement)
    chain.push(node);
  chain.push(main);
  return chain;
};

const isShown = (element: Element) => element.getClientRects().length > 0;

/** Where the focus goes in this part of the page: its heading, else its first control. */
const targetIn = (region: Element): HTMLElement | undefined => {
  const heading = [...region.querySelectorAll<HTMLElement>(HEADING)].find(isShown);
  if (heading) return heading;
  return [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(isShown);
};

const focusWithin = (target: HTMLElement) => {
  if (!target.matches(FOCUSABLE) && !target.hasAttribute('tabindex'))
    target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
};

/** Watches the main region; `mainId` names it (the skip link's target). */
export const useFocusRescue = (mainId: string) => {
  useEffect(() => {
    const main = document.getElementById(mainId);
    if (!main) return undefined;
    let last: { element: Element; ancestors: Element[] } | undefined;
    const remember = (event: FocusEvent) => {
      const target = event.target;
      // Inside a dialog the opener's place is what counts when it closes.
      if (!(target instanceof Element) || !main.contains(target)) return;
      last = { element: target, ancestors: ancestorsOf(target, main) };
    };
    const rescue = () => {
      if (!last || last.element.isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const region = last.ancestors.find((ancestor) => ancestor.isConnected && targetIn(ancestor));
      const target = region ? targetIn(region) : undefined;
      last = undefined;
      if (target) focusWithin(target);
    };
    // A dialog hands the focus back a moment after it closes: look once the page settles.
    let pending: number | undefined;
    const observer = new MutationObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(rescue, 50);
    });
    document.addEventListener('focusin', remember);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', remember);
      observer.disconnect();
      window.clearTimeout(pending);
    };
  }, [mainId]);
};
