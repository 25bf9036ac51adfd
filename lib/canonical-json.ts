/**
 * JSON that is the same for equal data whatever order its objects' keys are in (storage may keep
 * them sorted, Chromium does): for telling two stored values apart, never for storing.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
