import type { Clock } from './clock.js';

export function createFixedClock(
  iso: string,
): Clock & { advance: (ms: number) => void; set: (iso: string) => void } {
  let current = new Date(iso).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (next) => {
      current = new Date(next).getTime();
    },
  };
}
