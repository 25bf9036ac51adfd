/**
 * What AMO reads from the Firefox manifest: the lowest Firefox that supports everything declared
 * (`data_collection_permissions` came in desktop Firefox 140), no claim of Android support (Firefox
 * for Android has no `idle` or `windows`), and no data collected.
 */
import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest';

describe('the Firefox manifest', () => {
  const settings = manifestFor('firefox').browser_specific_settings ?? {};

  it('asks for desktop Firefox 140 or later', () => {
    expect(settings.gecko?.strict_min_version).toBe('140.0');
  });

  it('does not declare Firefox for Android', () => {
    expect(Object.keys(settings)).toEqual(['gecko']);
  });

  it('declares that no data is collected', () => {
    expect(settings.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
