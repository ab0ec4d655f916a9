import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Language } from '../locales/i18n';
import { I18nProvider } from '../locales/i18n-context';
import { cssVariablesResolver, theme } from './theme';

export function AppProviders({
  queryClient,
  children,
  language,
  env = 'default',
}: {
  queryClient: QueryClient;
  children: ReactNode;
  language?: Language;
  env?: 'default' | 'test';
}) {
  return (
    <I18nProvider initialLanguage={language}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        forceColorScheme="light"
        env={env}
      >
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  );
}
