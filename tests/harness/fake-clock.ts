/**
 * Two timelines for the simulated machine: `real` is the time that really passes (what a person
 * lives), `wall` is what the system clock says (what `Date.now()` returns). They move together
 * except when the clock is set by hand or by a dual-boot hardware clock (`jump`).
 */
import { vi } from 'vitest';

export const MINUTE = 60_000;

export class VirtualClock {
  wall: number;
  real: number;

  constructor(start: number) {
    this.wall = start;
    this.real = start;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
  }

  /** Time passes: both timelines move forward. */
  advance(ms: number): void {
    this.wall += ms;
    this.real += ms;
    vi.setSystemTime(this.wall);
  }

  /** Moves time forward to a wall-clock moment (no-op when it is already past). */
  advanceTo(wall: number): void {
    if (wall > this.wall) this.advance(wall - this.wall);
  }

  /** The system clock is changed: only the wall clock moves (either way). */
  jump(ms: number): void {
    this.wall += ms;
    vi.setSystemTime(this.wall);
  }
}
