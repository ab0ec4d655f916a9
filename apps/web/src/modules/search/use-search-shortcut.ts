import { useEffect, useEffectEvent } from 'react';
import { isShortcutIgnoredAt } from './search.models';

/**
 * The `/` key runs `onShortcut` (focuses a search box) from anywhere, unless the user is typing
 * or works in a dialog. It listens on `window`, after the screens' own `/` shortcuts (Mantine's
 * `useHotkeys` listens on `<html>` and marks the event handled): on the case list or the RPW
 * register `/` keeps going to that screen's own words box.
 */
export function useSearchShortcut({ onShortcut, enabled }: { onShortcut: () => void; enabled: boolean }) {
  const run = useEffectEvent(onShortcut);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.defaultPrevented || isShortcutIgnoredAt(event.target)) return;
      // Otherwise the "/" would be typed into the box that just took the focus.
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
