/**
 * Pure rotation through the reflection catalogue.
 *
 * The state is plain JSON so it can be stored as is. `order` is the shuffled
 * order of the current cycle and `order[index]` is the reflection on show.
 * Every visible reflection is shown once per cycle; a new cycle is a fresh
 * shuffle that never starts with the reflection just shown.
 *
 * The catalogue (`ids`) is always passed in, so ids added later join the
 * current cycle (at random places after the current one) and ids removed
 * later are skipped. Hidden ids are never shown — unless every id is hidden,
 * in which case hiding is ignored so there is always something to show.
 *
 * `random` must return numbers in [0, 1) like `Math.random`; out-of-range
 * values are clamped, so a bad source can't break the state.
 */

/** Stored rotation state. */
export interface Rotation {
  order: string[];
  index: number;
  favourites: string[];
  hidden: string[];
}

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** An index in [0, n) from a random source, whatever it returns. */
function pick(random: Random, n: number): number {
  const r = random();
  if (!Number.isFinite(r) || r <= 0) return 0;
  return Math.min(n - 1, Math.floor(r * n));
}

function shuffle(ids: readonly string[], random: Random): string[] {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(random, i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The ids that may be shown: all but hidden ones, or all if all are hidden. */
function visibleSet(rot: Rotation, ids: readonly string[]): Set<string> {
  const hidden = new Set(rot.hidden);
  const visible = ids.filter((id) => !hidden.has(id));
  return new Set(visible.length > 0 ? visible : ids);
}

/**
 * Where the rotation stands against the catalogue: the cleaned order, where
 * the scan for the current reflection starts, and the ids not yet in it.
 */
function locate(rot: Rotation, ids: readonly string[]) {
  const catalogue = new Set(ids);
  const visible = visibleSet(rot, ids);
  const raw = Number.isInteger(rot.index) && rot.index >= 0 ? rot.index : 0;
  const seen = new Set<string>();
  const order: string[] = [];
  let start = 0;
  rot.order.forEach((id, i) => {
    if (!catalogue.has(id) || seen.has(id)) return;
    seen.add(id);
    if (i < raw) start++;
    order.push(id);
  });
  const fresh = unique(ids).filter((id) => !seen.has(id));
  let at = -1;
  for (let i = start; i < order.length; i++) {
    if (visible.has(order[i] as string)) {
      at = i;
      break;
    }
  }
  return { order, start, fresh, visible, at };
}

/**
 * The id of the reflection on show, or null if the catalogue is empty.
 * Deterministic: it never needs randomness, and `next`/`hide` agree with it.
 */
export function current(rot: Rotation, ids: readonly string[]): string | null {
  const { order, fresh, visible, at } = locate(rot, ids);
  if (at >= 0) return order[at] as string;
  return fresh.find((id) => visible.has(id)) ?? ids.find((id) => visible.has(id)) ?? null;
}

/** A new cycle: shuffled, never starting with `avoid` when there is a choice. */
function newCycle(
  rot: Rotation,
  ids: readonly string[],
  random: Random,
  first?: string,
  avoid?: string,
): Rotation {
  const all = unique(ids);
  const visible = visibleSet(rot, all);
  let order = shuffle(first === undefined ? all : all.filter((id) => id !== first), random);
  if (first !== undefined) order = [first, ...order];
  let index = order.findIndex((id) => visible.has(id));
  if (index < 0) return { ...rot, order, index: 0 };
  if (avoid !== undefined && order[index] === avoid) {
    const others = order.map((id, i) => [id, i] as const).filter(([id, i]) => i > index && visible.has(id));
    if (others.length > 0) {
      const [, j] = others[pick(random, others.length)] as readonly [string, number];
      [order[index], order[j]] = [order[j] as string, order[index] as string];
    }
  }
  index = order.findIndex((id) => visible.has(id));
  return { ...rot, order, index };
}

/**
 * Brings a rotation in line with the catalogue so that `order[index]` is the
 * reflection `current` returns. New ids are placed at random after it.
 */
function settle(rot: Rotation, ids: readonly string[], random: Random): Rotation {
  const { order, fresh, visible, at } = locate(rot, ids);
  if (at >= 0) {
    const rest = order.slice(at + 1);
    for (const id of fresh) rest.splice(pick(random, rest.length + 1), 0, id);
    return { ...rot, order: [...order.slice(0, at + 1), ...rest], index: at };
  }
  const firstFresh = fresh.find((id) => visible.has(id));
  if (firstFresh !== undefined) {
    const others = shuffle(
      fresh.filter((id) => id !== firstFresh),
      random,
    );
    return { ...rot, order: [...order, firstFresh, ...others], index: order.length };
  }
  const first = ids.find((id) => visible.has(id));
  if (first === undefined) return { ...rot, order: [], index: 0 };
  return newCycle(rot, ids, random, first);
}

/** Starts a rotation over `ids` in a random order, with no favourites or hidden ids. */
export function createRotation(ids: readonly string[], random: Random): Rotation {
  return newCycle({ order: [], index: 0, favourites: [], hidden: [] }, ids, random);
}

/**
 * Moves on to the next reflection. Every visible reflection is shown once
 * before any repeats; a new cycle never starts with the one just shown.
 */
export function next(rot: Rotation, ids: readonly string[], random: Random): Rotation {
  const s = settle(rot, ids, random);
  if (s.order.length === 0) return s;
  const shown = s.order[s.index] as string;
  const visible = visibleSet(s, ids);
  for (let i = s.index + 1; i < s.order.length; i++) {
    if (visible.has(s.order[i] as string)) return { ...s, index: i };
  }
  return newCycle(s, ids, random, undefined, shown);
}

/** Adds or removes `id` from the favourites. */
export function toggleFavourite(rot: Rotation, id: string): Rotation {
  const favourites = rot.favourites.includes(id)
    ? rot.favourites.filter((f) => f !== id)
    : [...rot.favourites, id];
  return { ...rot, favourites };
}

/** Whether `id` is a favourite. */
export function isFavourite(rot: Rotation, id: string): boolean {
  return rot.favourites.includes(id);
}

/** The favourite ids that still exist, in catalogue order. */
export function favouritesOf(rot: Rotation, ids: readonly string[]): string[] {
  const favs = new Set(rot.favourites);
  return ids.filter((id) => favs.has(id));
}

/**
 * Hides `id` so it is never shown. If it was on show, the rotation moves on
 * to the next reflection of the cycle.
 */
export function hide(rot: Rotation, id: string, ids: readonly string[], random: Random): Rotation {
  const hidden = rot.hidden.includes(id) ? rot.hidden : [...rot.hidden, id];
  return settle({ ...rot, hidden }, ids, random);
}

/** Shows every reflection again. The current cycle carries on. */
export function unhideAll(rot: Rotation): Rotation {
  return { ...rot, hidden: [] };
}

/** Starts a fresh shuffled cycle, keeping favourites and hidden ids. */
export function reset(rot: Rotation, ids: readonly string[], random: Random): Rotation {
  return newCycle({ ...rot, order: [], index: 0 }, ids, random);
}

/** The strings of a stored list, each once; anything that isn't a list gives none. */
const idList = (raw: unknown): string[] =>
  Array.isArray(raw) ? unique(raw.filter((x): x is string => typeof x === 'string')) : [];

/** Repairs stored (possibly damaged) rotation state; never throws. */
export function repairRotation(input: unknown, ids: readonly string[]): Rotation {
  // Unknown or duplicate ids are dropped, a bad index becomes 0 (an index that pointed at a kept id
  // keeps pointing at it), and anything that isn't an object becomes an empty rotation.
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const known = new Set(ids);
  const stored = idList(raw.order);
  const index = Number.isInteger(raw.index) && (raw.index as number) >= 0 ? (raw.index as number) : 0;
  const order = stored.filter((id) => known.has(id));
  const before = index < stored.length ? stored.slice(0, index).filter((id) => known.has(id)).length : 0;
  return {
    order,
    index: before < order.length ? before : 0,
    favourites: idList(raw.favourites).filter((id) => known.has(id)),
    hidden: idList(raw.hidden).filter((id) => known.has(id)),
  };
}
