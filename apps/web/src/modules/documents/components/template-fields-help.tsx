import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { TEMPLATE_FIELDS, type TemplateField } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';
import { TEMPLATE_FIELD_DESCRIPTIONS } from '../document-labels';

/**
 * The `{{field}}` names a template may use, each with what it is filled with and a button that
 * puts it where the cursor was in the last text field used (`target` names that field).
 */
export function TemplateFieldsHelp({
  target,
  onInsert,
}: {
  target: string;
  onInsert: (field: TemplateField) => void;
}) {
  const t = useT();
  return (
    <Stack gap="xs" component="section" aria-labelledby="template-fields-heading">
      <Title order={3} size="h5" id="template-fields-heading">
        {t('documents.templates.fields.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('documents.templates.fields.hint')}
      </Text>
      <Text size="sm" aria-live="polite">
        {t('documents.templates.fields.target', { field: target })}
      </Text>
      <Stack component="ul" gap={6} className="plain-list" data-testid="template-fields">
        {TEMPLATE_FIELDS.map((field) => {
          const description = t(TEMPLATE_FIELD_DESCRIPTIONS[field]);
          return (
            <Group component="li" key={field} gap="xs" wrap="nowrap" align="flex-start">
              <Button
                variant="default"
                size="compact-xs"
                aria-label={t('documents.templates.fields.insert_label', {
                  field: `{{${field}}}`,
                  description,
                  target,
                })}
                onClick={() => onInsert(field)}
              >
                {t('documents.templates.fields.insert')}
              </Button>
              <div style={{ minWidth: 0 }}>
                <Text size="sm" className="mono" component="code">{`{{${field}}}`}</Text>
                <Text size="xs" c="dimmed">
                  {description}
                </Text>
              </div>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
