import { createTheme, Menu, NavLink, type CSSVariablesResolver } from '@mantine/core';

// Shade 9 keeps white text on filled buttons above 4.5:1 (Mantine's default shade 6 gives 3.5:1 on blue).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Active item: blue-9 text on blue-0/blue-1 keeps 4.9:1 or more, also while hovered.
    NavLink: NavLink.extend({
      vars: () => ({
        root: {
          '--nl-bg': 'var(--mantine-color-blue-0)',
          '--nl-hover': 'var(--mantine-color-blue-1)',
          '--nl-color': 'var(--mantine-color-blue-9)',
        },
        children: {},
      }),
    }),
    // Mantine's focus placeholder is a presentational child with tabindex, which a `menu` may not contain.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

/** Darker text colours than Mantine's defaults, which fail WCAG AA contrast on white (gray-6 is 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    '--mantine-color-placeholder': '#6b7178',
  },
  dark: {},
});
