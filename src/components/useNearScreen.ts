import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on the screen or within half a screen of it, as an IntersectionObserver
 * reports; true until the observer first says otherwise, and wherever there is none (the server,
 * old browsers), so nothing is ever held back by mistake.
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries.at(-1);
        if (latest) setNear(latest.isIntersecting);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
