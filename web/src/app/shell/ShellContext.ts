import { createContext, useContext } from 'react';
import type { ShellState } from './useShellState.ts';

/** The shell's shared state (useShellState) for the pages under the root layout. */
export const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('a page is rendered outside the root layout');
  return shell;
}
