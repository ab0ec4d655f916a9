import { useEffect, useRef } from 'react';

/** An inline form opened by a button: its first field takes the focus once, when it appears. */
export function useFocusFirstField<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, input:not([type="hidden"]), textarea')?.focus();
  }, []);
  return ref;
}
