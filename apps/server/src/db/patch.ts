/** True when an update would set no column (drizzle refuses `set({})`): read the row instead. */
export function isEmptyPatch(patch: object): boolean {
  return Object.values(patch).every((value) => value === undefined);
}
