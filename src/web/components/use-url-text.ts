/**
 * A text field whose committed value lives in the URL (search, filters).
 * Typing stays local until committed; the field follows the URL when it
 * changes from elsewhere (Back, "Clear filters"), but not while the URL is
 * still catching up with the field's own commit.
 */
import { useState } from 'react';

export const useUrlText = (urlValue: string, onCommit: (value: string) => void) => {
  const [text, setText] = useState(urlValue);
  const [seenUrl, setSeenUrl] = useState(urlValue);
  const [committed, setCommitted] = useState(urlValue);
  if (urlValue !== seenUrl) {
    setSeenUrl(urlValue);
    if (urlValue !== committed) {
      setCommitted(urlValue);
      setText(urlValue);
    }
  }
  const commit = (value: string) => {
    if (value === committed) return;
    setCommitted(value);
    onCommit(value);
  };
  return { text, setText, commit };
};
