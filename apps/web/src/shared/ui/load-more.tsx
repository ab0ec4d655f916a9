import { Button, Center } from '@mantine/core';
import { useT } from '../../locales/i18n-context';

export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}) {
  const t = useT();
  if (!hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" loading={isFetchingNextPage} onClick={onLoadMore}>
        {t('common.load_more')}
      </Button>
    </Center>
  );
}
