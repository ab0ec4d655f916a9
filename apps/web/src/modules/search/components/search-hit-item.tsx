import { Badge, Group, Stack, Text } from '@mantine/core';
import type { SearchHit, SearchType } from '@obieg/contracts/search';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { hitDay, hitLink } from '../search.models';
import { FragmentText } from './fragment-text';

export const HIT_TYPE_LABELS: Record<SearchType, MessageKey> = {
  incoming: 'search.type.incoming',
  case: 'search.type.case',
  document: 'search.type.document',
  contact: 'search.type.contact',
};

const HIT_TYPE_COLORS: Record<SearchType, string> = {
  incoming: 'blue',
  case: 'teal',
  document: 'grape',
  contact: 'gray',
};
/** Text dark enough on the light badge for WCAG AA contrast (Mantine's light variant is too pale on teal). */
const HIT_TYPE_TEXT: Record<SearchType, string> = {
  incoming: '#1a3d7c',
  case: '#0b4f3f',
  document: '#5f1f6b',
  contact: '#343a40',
};

/**
 * One hit: its kind, reference (RPW number, znak sprawy, document identifier or a contact's city)
 * and day, the title as the link, and, when the words were found in a file, the text around them.
 */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const t = useT();
  const format = useFormatters();
  const link = hitLink(hit);
  const day = hitDay(hit.date);
  const inContent = hit.matchedIn === 'content';
  // A hit found by its metadata carries its title as the fragment, highlighted: that is the link text.
  const title = inContent ? hit.title : <FragmentText parts={hit.fragment} />;
  return (
    <Stack
      gap={4}
      component="li"
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="search-hit"
      data-type={hit.type}
    >
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={HIT_TYPE_COLORS[hit.type]} c={HIT_TYPE_TEXT[hit.type]} radius="sm">
          {t(HIT_TYPE_LABELS[hit.type])}
        </Badge>
        {hit.reference && (
          <Text size="sm" fw={600} className="mono" style={{ overflowWrap: 'anywhere' }}>
            {hit.reference}
          </Text>
        )}
        {day && hit.date && (
          <Text size="sm" c="dimmed" component="time" dateTime={hit.date}>
            {format.date(day)}
          </Text>
        )}
      </Group>
      <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
        {link ? <AnchorLink {...link}>{title}</AnchorLink> : title}
      </Text>
      {inContent && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('search.results.in_content')}
          </Text>
          <Text
            size="sm"
            component="blockquote"
            m={0}
            pl="sm"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', overflowWrap: 'anywhere' }}
            data-testid="search-hit-fragment"
          >
            <FragmentText parts={hit.fragment} />
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
