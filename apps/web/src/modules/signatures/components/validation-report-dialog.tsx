import { Modal } from '@mantine/core';
import type { ValidationReportDto } from '@obieg/contracts/signatures';
import { useT } from '../../../locales/i18n-context';
import { ValidationReportPanel } from './validation-report-panel';

/** The verification report of a file in a dialog (Esc closes it; the focus returns to the opener). */
export function ValidationReportDialog({
  file,
  opened,
  onClose,
  onVerified,
}: {
  file: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onVerified?: (report: ValidationReportDto) => void;
}) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('signatures.report.title', { name: file.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ValidationReportPanel fileId={file.id} onVerified={onVerified} />}
    </Modal>
  );
}
