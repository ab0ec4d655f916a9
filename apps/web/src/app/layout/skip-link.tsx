import { useT } from '../../locales/i18n-context';

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skip_to_content')}
    </a>
  );
}
