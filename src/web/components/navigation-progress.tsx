/**
 * A thin bar across the top while the router fetches the next page's code,
 * so a click on a slow connection visibly does something. It appears only
 * after a short delay (styles.css), so fast navigations show nothing.
 */
import { useNavigation } from 'react-router';

export const NavigationProgress = () =>
  useNavigation().state === 'idle' ? null : (
    <div className="navigation-progress" role="progressbar" aria-label="Loading page" />
  );
