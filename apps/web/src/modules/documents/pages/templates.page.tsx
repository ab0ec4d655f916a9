import { Button, Paper, Text, Title } from '@mantine/core';
import type { Template } from '@obieg/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { QueryBoundary } from '../../../shared/ui/query-boundary';
import { TemplateForm } from '../components/template-form';
import { TemplatesTable } from '../components/templates-table';
import { templatesQuery } from '../documents.queries';

/**
 * „Szablony pism” (`/templates`): the office's letter templates — header, body, closing and
 * signature block with `{{field}}`s filled in from the case when a draft is made from them.
 */
export function TemplatesPage() {
  const t = useT();
  const query = useQuery(templatesQuery({ includeInactive: true }));
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(null);
    window.requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <Page
      title={t('documents.templates.title')}
      actions={
        editing === null && (
          <Button ref={addButton} onClick={() => setEditing('new')}>
            {t('documents.templates.new')}
          </Button>
        )
      }
    >
      <Text size="sm" maw={820}>
        {t('documents.templates.intro')}
      </Text>
      {editing !== null && (
        <Paper withBorder p="md" component="section" aria-labelledby="template-form-heading">
          <Title order={2} size="h4" mb="sm" id="template-form-heading">
            {editing === 'new'
              ? t('documents.templates.new.heading')
              : t('documents.templates.edit.heading', { name: editing.name })}
          </Title>
          <TemplateForm
            key={editing === 'new' ? 'new' : editing.id}
            template={editing === 'new' ? null : editing}
            onDone={close}
          />
        </Paper>
      )}
      <QueryBoundary query={query}>
        {(templates) => <TemplatesTable templates={templates} onEdit={setEditing} />}
      </QueryBoundary>
    </Page>
  );
}
