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

/** Code a page loads before the render that shows it: `load()` first, then `get()` during renders. */
export interface Part<M> {
  /** Loads the code once; later calls get the same promise (a failed load may be retried). */
  load(): Promise<M>;
  /** The loaded module, or null while it isn't. */
  get(): M | null;
}

/**
 * A part of a page only some openings show, loaded before its first render (so the page renders
 * once, at its final height) or on the click that shows it.
 */
export function part<M>(load: () => Promise<M>): Part<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    load: () =>
      (loading ??= load().then(
        (m) => (loaded = m),
        (error) => {
          loading = null;
          throw error;
        },
      )),
    get: () => loaded,
  };
}
