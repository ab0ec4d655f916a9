import { render } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { App, createApp } from '../app/app';
import type { Language } from '../locales/i18n';

/** Renders the whole application (router, providers, real pages) at a path, with `fetch` stubbed by the test. */
export function renderApp(path: string, { language = 'pl' }: { language?: Language } = {}) {
  const app = createApp({ history: createMemoryHistory({ initialEntries: [path] }) });
  const view = render(<App app={app} language={language} env="test" />);
  return { ...view, app };
}
