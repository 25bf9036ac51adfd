import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown, so parts of a page that most openings
 * never show (the first-person form, the breathing guide) don't weigh on every opening.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      void load().then((c) => {
        loaded = c;
        setComponent(() => c);
      });
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
