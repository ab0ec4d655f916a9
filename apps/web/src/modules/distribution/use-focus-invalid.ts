import { useEffect, useRef, type RefObject } from 'react';

/**
 * Returns a function that asks for the first invalid field of the form to take the focus; it does
 * once the new `errors` are on screen (after React commits them — not at the next animation frame,
 * which may come first on a busy machine).
 */
export function useFocusInvalid(form: RefObject<HTMLElement | null>, errors: unknown) {
  const requested = useRef(false);
  useEffect(() => {
    if (!requested.current) return;
    requested.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, form]);
  return () => {
    requested.current = true;
  };
}
