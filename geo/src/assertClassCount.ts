/**
 * Checks that a requested number of classes is a positive integer.
 *
 * @param classes - requested number of classes
 * @param caller - name used in the error message
 * @throws if `classes` is not an integer >= 1
 */
export function assertClassCount(classes: number, caller: string): void {
  if (!Number.isInteger(classes) || classes < 1) {
    throw new Error(`${caller}: classes must be an integer >= 1, got ${classes}`);
  }
}
