/**
 * For a long synchronous loop on the event loop (checking 20,000 import rows takes a core one to several
 * seconds): `await slice()` at each step hands the event loop a turn once `budgetMs` of work have passed,
 * so health and other requests are answered meanwhile. The work takes as long; nobody waits behind it.
 */
export function timeSlicer(budgetMs = 20) {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
