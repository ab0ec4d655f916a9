import { Badge, Stack, Text, UnstyledButton } from '@mantine/core';
import type { JrwaClass } from '@obieg/contracts/jrwa';
import { useT } from '../../../locales/i18n-context';

export function JrwaSearchResults({
  results,
  total,
  onChoose,
}: {
  results: readonly JrwaClass[];
  total: number;
  onChoose: (symbol: string) => void;
}) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" role="status" aria-live="polite">
        {results.length === 0 ? t('jrwa.search.none') : t('jrwa.search.count', { count: total })}
      </Text>
      {results.length > 0 && (
        <ul
          aria-label={t('jrwa.search.results')}
          style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 260, overflowY: 'auto' }}
        >
          {results.map((jrwaClass) => (
            <li key={jrwaClass.symbol}>
              <UnstyledButton onClick={() => onChoose(jrwaClass.symbol)} className="tree-item" w="100%">
                <strong className="mono">{jrwaClass.symbol}</strong> <span>{jrwaClass.title}</span>{' '}
                {jrwaClass.category && (
                  <Badge size="xs" variant="light">
                    {jrwaClass.category}
                  </Badge>
                )}
              </UnstyledButton>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
