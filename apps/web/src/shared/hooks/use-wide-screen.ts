import { useMediaQuery } from '@mantine/hooks';

/**
 * True from Mantine's `md` breakpoint (62em) up, where the navigation is a fixed side bar and the header
 * has room for the office name and the language switch; below it the navigation is a drawer.
 */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
}
