import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';

// The county under the pointer, shared by the composite ranking table and the map. It changes at every
// mouse move, so it lives in a small store of its own: only what reads it (the map's highlight layer and the
// table rows whose state flips) re-renders, not the page around them.

interface HoveredCountyStore {
  get: () => string | null;
  set: (code: string | null) => void;
  subscribe: (listener: () => void) => () => void;
}

function createHoveredCountyStore(): HoveredCountyStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (code) => {
      if (code === current) return;
      current = code;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const Context = createContext<HoveredCountyStore | null>(null);

export function HoveredCountyProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createHoveredCountyStore);
  return <Context.Provider value={store}>{children}</Context.Provider>;
}

function useStore(): HoveredCountyStore {
  const store = useContext(Context);
  if (!store) throw new Error('HoveredCountyProvider is missing');
  return store;
}

/** The hovered county's code (re-renders at every change). */
export function useHoveredCounty(): string | null {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Whether this county is hovered (re-renders only when that flips). */
export function useIsHoveredCounty(code: string): boolean {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.get() === code);
}

export function useSetHoveredCounty(): (code: string | null) => void {
  return useStore().set;
}
