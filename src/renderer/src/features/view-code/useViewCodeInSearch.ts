import { useEffect, useState } from 'react';
import { looksLikeViewCode } from '../../../../shared/views/view-code';

/**
 * The view code typed or pasted into the catalog's search box, if any. It listens to the box's input
 * events from outside, so search itself knows nothing of view codes.
 */
export const useViewCodeInSearch = (selector = '[role="search"] input'): string | null => {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const onInput = (e: Event) => {
      const target = e.target;
      if (!(target instanceof HTMLInputElement) || !target.matches(selector)) return;
      setCode(looksLikeViewCode(target.value) ? target.value : null);
    };
    document.addEventListener('input', onInput, true);
    return () => document.removeEventListener('input', onInput, true);
  }, [selector]);
  return code;
};
