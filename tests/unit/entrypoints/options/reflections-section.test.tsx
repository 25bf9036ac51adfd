import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReflectionsSection } from '../../../../entrypoints/options/reflections-section';
import { type Reflection, reflectionById, reflectionIds } from '../../../../lib/reflections/reflections';
import type { Rotation } from '../../../../lib/reflections/rotation';
import { reflectionWords } from '../../../../platform/pages/reflection-words';
import { storedLocal } from './helpers';

const ids = reflectionIds();
const [a, b, c] = ids as [string, string, string];

beforeEach(async () => {
  fakeBrowser.reset();
  const rotation: Rotation = { order: [...ids], index: 3, favourites: [a, b], hidden: [c] };
  await fakeBrowser.storage.local.set({ rotation });
});
afterEach(cleanup);

const stored = () => storedLocal<Rotation>('rotation');

describe('options: reflections', () => {
  it('lists favourites and lets one go', async () => {
    render(<ReflectionsSection />);
    expect(await screen.findByText(reflectionWords(reflectionById(a) as Reflection).text)).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: 'Stop keeping' })[0] as HTMLElement);

    await waitFor(async () => expect((await stored()).favourites).toEqual([b]));
  });

  it('shows hidden reflections again', async () => {
    render(<ReflectionsSection />);
    expect(await screen.findByText('1 reflection is hidden.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show hidden reflections again' }));

    await waitFor(async () => expect((await stored()).hidden).toEqual([]));
    expect(await screen.findByText('Hidden reflections will show again.')).toBeTruthy();
  });

  it('starts the rotation over, keeping favourites and hidden ones', async () => {
    render(<ReflectionsSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Start the rotation over' }));

    // A new cycle starts at its first reflection that isn't hidden (index 1 when the shuffle put
    // the hidden one first), not where the old one was.
    await waitFor(async () => {
      const { order, index } = await stored();
      expect(order.slice(0, index).every((id) => id === c)).toBe(true);
      expect(order[index]).not.toBe(c);
      expect(index).toBeLessThan(2);
    });
    expect(await stored()).toMatchObject({ favourites: [a, b], hidden: [c] });
    expect((await stored()).order.toSorted()).toEqual([...ids].sort());
  });
});
