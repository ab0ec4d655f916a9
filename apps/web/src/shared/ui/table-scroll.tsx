import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Horizontal scrolling for wide tables on narrow screens. Only while the table really overflows does
 * the wrapper become a labelled, focusable region, so keyboard users can scroll it (WCAG 2.1.1)
 * without an extra tab stop on wide screens.
 */
export function TableScroll({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const element = outer.current;
    if (!element) return;
    const update = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (inner.current) observer.observe(inner.current);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={outer}
      style={{ overflowX: 'auto' }}
      role={scrollable ? 'region' : undefined}
      aria-label={scrollable ? label : undefined}
      tabIndex={scrollable ? 0 : undefined}
    >
      <div ref={inner} style={{ minWidth }}>
        {children}
      </div>
    </div>
  );
}
