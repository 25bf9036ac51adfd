import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFLECTIONS } from '../../../../lib/reflections/reflections';
import {
  createRotation,
  current,
  favouritesOf,
  hide,
  isFavourite,
  next,
  type Rotation,
  repairRotation,
  reset,
  toggleFavourite,
  unhideAll,
} from '../../../../lib/reflections/rotation';

/** A small seeded PRNG (mulberry32) so failures are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const makeIds = (n: number) => Array.from({ length: n }, (_, i) => `r-${i}`);

/** Walks `steps` reflections, returning what was shown. */
function walk(rot: Rotation, ids: string[], random: () => number, steps: number, persist = false) {
  const shown: string[] = [];
  let r = rot;
  for (let i = 0; i < steps; i++) {
    const id = current(r, ids);
    if (id === null) throw new Error('nothing to show');
    shown.push(id);
    r = next(r, ids, random);
    if (persist) r = repairRotation(JSON.parse(JSON.stringify(r)), ids);
  }
  return { shown, rot: r };
}

describe('rotation', () => {
  it('shows every visible reflection once per cycle, never repeating across a boundary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        fc.array(fc.nat({ max: 29 }), { maxLength: 10 }),
        (n, seed, hiddenPicks) => {
          const ids = makeIds(n);
          const random = seeded(seed);
          // a strict subset: hiding everything is the fallback case, tested below
          const hiddenIds = [...new Set(hiddenPicks.filter((i) => i < n).map((i) => `r-${i}`))].slice(
            0,
            n - 1,
          );
          let rot = createRotation(ids, random);
          for (const h of hiddenIds) rot = hide(rot, h, ids, random);
          const expected = ids.filter((id) => !hiddenIds.includes(id));
          const { shown } = walk(rot, ids, random, expected.length * 3);
          for (let c = 0; c < 3; c++) {
            const cycle = shown.slice(c * expected.length, (c + 1) * expected.length);
            expect([...cycle].sort()).toEqual([...expected].sort());
          }
          if (expected.length > 1) {
            for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('continues the same cycle after a JSON round-trip of the state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer(), (n, seed) => {
        const ids = makeIds(n);
        const a = walk(createRotation(ids, seeded(seed)), ids, seeded(seed + 1), n * 2 + 3);
        const b = walk(createRotation(ids, seeded(seed)), ids, seeded(seed + 1), n * 2 + 3, true);
        expect(b.shown).toEqual(a.shown);
        expect(b.rot).toEqual(a.rot);
      }),
      { numRuns: 1000 },
    );
  });

  it('works with the real catalogue', () => {
    const ids = REFLECTIONS.map((r) => r.id);
    const { shown } = walk(createRotation(ids, seeded(7)), ids, seeded(8), ids.length);
    expect(new Set(shown).size).toBe(ids.length);
  });

  it('state is plain JSON', () => {
    const rot = createRotation(makeIds(5), seeded(1));
    expect(Object.keys(rot).sort()).toEqual(['favourites', 'hidden', 'index', 'order']);
    expect(JSON.parse(JSON.stringify(rot))).toEqual(rot);
  });

  it('new catalogue ids join the current cycle without repeats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (n, extra, seed) => {
          const random = seeded(seed);
          const ids = makeIds(n);
          let rot = createRotation(ids, random);
          const shown: string[] = [current(rot, ids) as string];
          rot = next(rot, ids, random);
          const grown = makeIds(n + extra);
          // the rest of this cycle: everything not shown yet, new ids included
          for (let i = 0; i < n + extra - 1; i++) {
            shown.push(current(rot, grown) as string);
            rot = next(rot, grown, random);
          }
          expect([...shown].sort()).toEqual([...grown].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips ids removed from the catalogue, including the current one', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const rot: Rotation = { order: ['a', 'b', 'c', 'd'], index: 1, favourites: [], hidden: [] };
    expect(current(rot, ids)).toBe('b');
    const smaller = ['a', 'c', 'd'];
    expect(current(rot, smaller)).toBe('c');
    const r2 = next(rot, smaller, seeded(1));
    expect(current(r2, smaller)).toBe('d');
  });

  it('starts a new cycle when the rest of the cycle disappears', () => {
    const rot: Rotation = { order: ['a', 'b', 'c'], index: 2, favourites: [], hidden: [] };
    const ids = ['a', 'b'];
    const shownNow = current(rot, ids);
    expect(ids).toContain(shownNow);
    const r2 = next(rot, ids, seeded(3));
    expect(current(r2, ids)).not.toBe(shownNow);
  });

  it('returns null for an empty catalogue and copes with it', () => {
    const rot = createRotation([], Math.random);
    expect(current(rot, [])).toBeNull();
    expect(current(next(rot, [], Math.random), [])).toBeNull();
  });

  it('tolerates a misbehaving random source', () => {
    for (const bad of [() => 1, () => Number.NaN, () => -5, () => 42, () => Number.POSITIVE_INFINITY]) {
      const ids = makeIds(6);
      const { shown } = walk(createRotation(ids, bad), ids, bad, 12);
      expect(new Set(shown.slice(0, 6)).size).toBe(6);
      expect(new Set(shown.slice(6)).size).toBe(6);
      expect(shown[6]).not.toBe(shown[5]);
    }
  });

  describe('favourites', () => {
    it('toggles on and off', () => {
      let rot = createRotation(['a', 'b'], seeded(1));
      rot = toggleFavourite(rot, 'a');
      expect(isFavourite(rot, 'a')).toBe(true);
      expect(rot.favourites).toEqual(['a']);
      rot = toggleFavourite(rot, 'b');
      rot = toggleFavourite(rot, 'a');
      expect(isFavourite(rot, 'a')).toBe(false);
      expect(rot.favourites).toEqual(['b']);
    });

    it('lists only favourites still in the catalogue, in catalogue order', () => {
      const rot: Rotation = { order: [], index: 0, favourites: ['c', 'gone', 'a'], hidden: [] };
      expect(favouritesOf(rot, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    });

    it('does not change the rotation', () => {
      const rot = createRotation(['a', 'b', 'c'], seeded(2));
      const fav = toggleFavourite(rot, current(rot, ['a', 'b', 'c']) as string);
      expect(fav.order).toEqual(rot.order);
      expect(fav.index).toBe(rot.index);
    });
  });

  describe('hiding', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const base: Rotation = { order: ['a', 'b', 'c', 'd'], index: 1, favourites: [], hidden: [] };

    it('hiding the current one moves on to the next', () => {
      const rot = hide(base, 'b', ids, seeded(1));
      expect(current(rot, ids)).toBe('c');
      expect(rot.hidden).toEqual(['b']);
    });

    it('hiding another one keeps the current one', () => {
      const rot = hide(base, 'd', ids, seeded(1));
      expect(current(rot, ids)).toBe('b');
      expect(current(next(rot, ids, seeded(1)), ids)).toBe('c');
    });

    it('a hidden one is never shown', () => {
      let rot = hide(createRotation(ids, seeded(4)), 'c', ids, seeded(5));
      const random = seeded(6);
      for (let i = 0; i < 50; i++) {
        expect(current(rot, ids)).not.toBe('c');
        rot = next(rot, ids, random);
      }
    });

    it('hiding the last of a cycle starts a new one', () => {
      const rot = hide({ ...base, index: 3 }, 'd', ids, seeded(1));
      expect(['a', 'b', 'c']).toContain(current(rot, ids));
    });

    it('falls back to showing everything if everything is hidden', () => {
      let rot = base;
      for (const id of ids) rot = hide(rot, id, ids, seeded(1));
      expect(rot.hidden.sort()).toEqual([...ids].sort());
      expect(ids).toContain(current(rot, ids));
      const { shown } = walk(rot, ids, seeded(2), 12);
      expect(new Set(shown).size).toBe(4);
      for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
    });

    it('hiding twice is harmless and unhideAll shows them again', () => {
      let rot = hide(base, 'd', ids, seeded(1));
      rot = hide(rot, 'd', ids, seeded(1));
      expect(rot.hidden).toEqual(['d']);
      rot = unhideAll(rot);
      expect(rot.hidden).toEqual([]);
      expect(current(rot, ids)).toBe('b');
    });
  });

  it('reset starts a new shuffled cycle and keeps favourites and hidden', () => {
    const ids = makeIds(8);
    let rot = createRotation(ids, seeded(1));
    rot = toggleFavourite(rot, 'r-1');
    rot = hide(rot, 'r-2', ids, seeded(1));
    rot = next(next(rot, ids, seeded(2)), ids, seeded(3));
    const fresh = reset(rot, ids, seeded(9));
    expect(fresh.favourites).toEqual(['r-1']);
    expect(fresh.hidden).toEqual(['r-2']);
    const { shown } = walk(fresh, ids, seeded(10), 7);
    expect([...shown].sort()).toEqual(ids.filter((id) => id !== 'r-2').sort());
  });

  describe('repairRotation', () => {
    const ids = ['a', 'b', 'c'];

    it('keeps valid state as is', () => {
      const rot: Rotation = { order: ['c', 'a', 'b'], index: 2, favourites: ['a'], hidden: ['c'] };
      expect(repairRotation(rot, ids)).toEqual(rot);
    });

    it('drops unknown ids and keeps the index on the same reflection', () => {
      const rot = { order: ['x', 'c', 'y', 'a', 'b'], index: 3, favourites: ['a', 'zzz'], hidden: ['q'] };
      const fixed = repairRotation(rot, ids);
      expect(fixed).toEqual({ order: ['c', 'a', 'b'], index: 1, favourites: ['a'], hidden: [] });
      expect(current(fixed, ids)).toBe('a');
    });

    it.each([[-1], [1.5], [99], ['2'], [null], [Number.NaN]])('a bad index (%s) becomes 0', (index) => {
      const fixed = repairRotation({ order: ['b', 'a', 'c'], index, favourites: [], hidden: [] }, ids);
      expect(fixed.index).toBe(0);
      expect(fixed.order).toEqual(['b', 'a', 'c']);
    });

    it.each([[null], [undefined], [42], ['text'], [[]], [{}]])(
      'repairs garbage (%s) to a usable empty state',
      (input) => {
        const fixed = repairRotation(input, ids);
        expect(fixed).toEqual({ order: [], index: 0, favourites: [], hidden: [] });
        expect(ids).toContain(current(fixed, ids));
        const { shown } = walk(fixed, ids, seeded(1), 3);
        expect([...shown].sort()).toEqual(ids);
      },
    );

    it('keeps the valid fields of a partly broken state', () => {
      const fixed = repairRotation(
        { order: 'oops', index: 0, favourites: ['b', 7, null, 'b'], hidden: {} },
        ids,
      );
      expect(fixed).toEqual({ order: [], index: 0, favourites: ['b'], hidden: [] });
    });

    it('never throws on arbitrary input', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const fixed = repairRotation(input, ids);
          expect(fixed.index).toBeGreaterThanOrEqual(0);
          expect(current(fixed, ids)).not.toBeNull();
        }),
        { numRuns: 500 },
      );
    });
  });
});
