// After navigating, screen-reader and keyboard users land on the new page's <h1>, not on the old link.
let pending = false;

export function requestHeadingFocus(): void {
  pending = true;
}

/** Called by a page when its heading mounts; focuses it once if a navigation asked for it. */
export function consumeHeadingFocus(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  heading.focus({ preventScroll: false });
}

/** For a page that puts the focus on its first field instead (a data-entry screen): drops the request. */
export function skipHeadingFocus(): void {
  pending = false;
}
