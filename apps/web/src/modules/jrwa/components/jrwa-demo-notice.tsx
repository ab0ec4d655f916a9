import { Alert } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';

/** The demo fragment is not the office's legal file list; say so wherever it is shown. */
export function JrwaDemoNotice({ canImport }: { canImport: boolean }) {
  const t = useT();
  return (
    <Alert color="red" variant="light" title={t('jrwa.demo.title')} role="note">
      {t('jrwa.demo.text')}{' '}
      {canImport && <AnchorLink to="/jrwa/import">{t('jrwa.demo.import_link')}</AnchorLink>}
    </Alert>
  );
}
