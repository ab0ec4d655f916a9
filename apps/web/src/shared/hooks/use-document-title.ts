import { useEffect } from 'react';

/** Sets `document.title` to "<page> — Obieg" (or the exact text given with `exact`). */
export function useDocumentTitle(title: string, { exact = false }: { exact?: boolean } = {}): void {
  useEffect(() => {
    document.title = exact ? title : `${title} — Obieg`;
  }, [title, exact]);
}
