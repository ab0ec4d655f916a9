import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import type { Language } from '../locales/i18n';
import { meQueryKey } from '../modules/auth/auth.queries';
import { setAuthFailureHandler } from './api-client';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter, type AppRouter } from './router';

export type AppInstance = { queryClient: QueryClient; router: AppRouter };

/**
 * Builds the query cache and router once. A 401 from any call sends the user to the login page;
 * `auth.password_change_required` sends them to the password change.
 */
export function createApp({ history }: { history?: RouterHistory } = {}): AppInstance {
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient, history });
  setAuthFailureHandler((error) => {
    const { pathname, href } = router.state.location;
    if (error.code === 'auth.password_change_required') {
      if (pathname !== '/password') void router.navigate({ to: '/password' });
      return;
    }
    if (pathname === '/login') return;
    queryClient.removeQueries({ queryKey: meQueryKey });
    void router.navigate({ to: '/login', search: { redirect: pathname === '/' ? undefined : href } });
  });
  return { queryClient, router };
}

export function App({
  app,
  language,
  env,
}: {
  app: AppInstance;
  language?: Language;
  env?: 'default' | 'test';
}) {
  return (
    <AppProviders queryClient={app.queryClient} language={language} env={env}>
      <RouterProvider router={app.router} />
    </AppProviders>
  );
}
