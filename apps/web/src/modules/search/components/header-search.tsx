import { ActionIcon, Kbd, TextInput } from '@mantine/core';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useWideScreen } from '../../../shared/hooks/use-wide-screen';
import { useMe } from '../../auth/auth.queries';
import { canSearch } from '../search.models';
import { useSearchShortcut } from '../use-search-shortcut';

const SearchIcon = () => (
  <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden focusable="false">
    <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

/**
 * The search box in the header, for whoever may read items, cases or contacts: Enter opens
 * `/search?q=…`. `/` focuses it from anywhere (unless the user is typing, or the screen has its own
 * words box for `/`), Esc leaves it. On a narrow screen it is a button to the search screen; on the
 * search screen itself it gives way to that screen's own box.
 */
export function HeaderSearch() {
  const t = useT();
  const me = useMe();
  const wide = useWideScreen();
  const navigate = useNavigate();
  const onSearchScreen = useRouterState({ select: (state) => state.location.pathname === '/search' });
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const shown = canSearch(me.permissions) && !onSearchScreen;
  useSearchShortcut({
    enabled: shown,
    onShortcut: () => {
      if (inputRef.current) inputRef.current.focus();
      else void navigate({ to: '/search' });
    },
  });

  if (!shown) return null;
  if (!wide) {
    return (
      <ActionIcon
        component={Link}
        to="/search"
        variant="default"
        size="lg"
        aria-label={t('search.header.label')}
        aria-keyshortcuts="/"
      >
        <SearchIcon />
      </ActionIcon>
    );
  }
  return (
    <form
      role="search"
      aria-label={t('search.header.label')}
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        setText('');
        void navigate({ to: '/search', search: q ? { q } : {} });
      }}
    >
      <TextInput
        ref={inputRef}
        type="search"
        size="sm"
        w={{ base: 220, lg: 300 }}
        label={t('search.header.label')}
        labelProps={{ className: 'visually-hidden' }}
        placeholder={t('search.header.placeholder')}
        title={t('search.header.shortcut')}
        aria-keyshortcuts="/"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
        leftSection={<SearchIcon />}
        leftSectionPointerEvents="none"
        rightSection={
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        }
        rightSectionPointerEvents="none"
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        data-testid="header-search"
      />
    </form>
  );
}
