import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { REGISTER_FIELDS } from '@obieg/contracts/dispatch';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { registerExportUrl, type RegisterFilter } from '../dispatch.api';
import { REGISTER_FIELD_LABELS } from '../dispatch-labels';

/**
 * The register's printout (PDF, the print date on each page) with the fields the clerk chooses,
 * over the same filters as the screen; it opens in a new tab, ready to print.
 */
export function RegisterPrintDialog({
  filters,
  opened,
  onClose,
}: {
  filters: RegisterFilter;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [fields, setFields] = useState<string[]>([...REGISTER_FIELDS]);
  // Kept in the register's order, whatever order they were ticked in.
  const chosen = REGISTER_FIELDS.filter((field) => fields.includes(field));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('dispatch.register.print.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Checkbox.Group
          label={t('dispatch.register.print.fields')}
          description={t('dispatch.register.print.fields.description')}
          value={fields}
          onChange={setFields}
          error={chosen.length === 0 ? t('dispatch.register.print.fields.required') : undefined}
        >
          <Stack gap={6} mt={6}>
            {REGISTER_FIELDS.map((field, index) => (
              <Checkbox
                key={field}
                value={field}
                label={t(REGISTER_FIELD_LABELS[field])}
                data-autofocus={index === 0 || undefined}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Text size="xs" c="dimmed">
          {t('dispatch.register.print.new_tab')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {chosen.length > 0 ? (
            <Button
              component="a"
              href={registerExportUrl({ query: filters, format: 'pdf', fields: chosen })}
              target="_blank"
              rel="noopener"
              onClick={onClose}
            >
              {t('dispatch.register.print.submit')}
            </Button>
          ) : (
            <Button disabled>{t('dispatch.register.print.submit')}</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
