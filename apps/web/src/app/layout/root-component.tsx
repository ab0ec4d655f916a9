import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { requestHeadingFocus } from './heading-focus';

/** Root of every screen. After an in-app navigation the next page's heading takes focus. */
export function RootComponent() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onBeforeNavigate', (event) => {
        if (event.fromLocation && event.pathChanged) requestHeadingFocus();
      }),
    [router],
  );
  return <Outlet />;
}
