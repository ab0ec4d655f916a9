import { Checkbox, Group, NativeSelect, Radio, TextInput } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { orgUnitsQuery, positionsQuery } from '../../organization/organization.queries';
import { todayInOffice } from '../../../shared/format/dates';
import { createDraft } from '../documents.api';
import { positionOptions } from '../documents.models';
import { documentsKeys, templatesQuery } from '../documents.queries';
import { AddresseesField, type Addressee } from './addressees-field';

/** Files a draft may start from: the formats offices write letters in. */
export const DRAFT_FILE_ACCEPT =
  '.docx,.odt,.pdf,.txt,.rtf,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

type Source = 'template' | 'file';

/**
 * „Nowy projekt pisma”: a title, a template (filled in from the case) or a file written elsewhere,
 * the addressees, and whether it is an internal letter. The new draft's page opens at once.
 */
export function NewDraftDialog({
  item,
  opened,
  onClose,
}: {
  item: Pick<Case, 'id' | 'sign' | 'parties'> & { unit?: Pick<Case['unit'], 'id'> };
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery({ ...templatesQuery({ includeInactive: false }), enabled: opened });
  const parties: Addressee[] = item.parties.map((party) => ({
    contactId: party.contactId,
    displayName: party.displayName,
  }));
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<Source>('template');
  const [templateId, setTemplateId] = useState('');
  const [upload, setUpload] = useState<FileUpload>(NO_UPLOAD);
  const [partyIds, setPartyIds] = useState<string[]>(() => parties.map((party) => party.contactId));
  const [others, setOthers] = useState<Addressee[]>([]);
  const [internal, setInternal] = useState(false);
  // Untouched (null): the head of the case's unit, when the unit has one.
  const [chosenSignatory, setSignatory] = useState<string | null>(null);
  const positions = useQuery({ ...positionsQuery({}), enabled: opened && source === 'template' });
  const units = useQuery({ ...orgUnitsQuery(), enabled: opened && source === 'template' });
  const signatories = positionOptions({
    positions: positions.data ?? [],
    units: units.data ?? [],
    today: todayInOffice(),
  });
  const headPositionId = units.data?.find((unit) => unit.id === item.unit?.id)?.headPositionId ?? '';
  const signatory =
    chosenSignatory ?? (signatories.some((option) => option.value === headPositionId) ? headPositionId : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: createDraft,
    onSuccess: async (created) => {
      notify.success(t('documents.drafts.new.done', { title: title.trim() }));
      onClose();
      await queryClient.invalidateQueries({ queryKey: documentsKeys.caseDrafts(item.id) });
      await navigate({ to: '/documents/$documentId', params: { documentId: created.documentId } });
    },
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };

  const submit = () => {
    const next: FieldErrors = {};
    if (title.trim() === '') next['/title'] = t('validation.required');
    if (source === 'template' && !templateId)
      next['/templateId'] = t('documents.drafts.new.template.required');
    if (source === 'file' && upload.status !== 'done')
      next['/fileId'] = t(
        upload.status === 'uploading' ? 'documents.upload.wait' : 'documents.drafts.new.file.required',
      );
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const addresseeContactIds = [...partyIds, ...others.map((other) => other.contactId)];
    mutation.mutate({
      caseId: item.id,
      input: {
        title: title.trim(),
        ...(source === 'template' ? { templateId } : {}),
        ...(source === 'file' && upload.status === 'done' ? { fileId: upload.file.id } : {}),
        ...(addresseeContactIds.length > 0 ? { addresseeContactIds } : {}),
        ...(internal ? { internal: true } : {}),
        ...(source === 'template' && signatory ? { signatoryPositionId: signatory } : {}),
      },
    });
  };

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('documents.drafts.new.title', { sign: item.sign })}
      submitLabel={t('documents.drafts.new.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      <TextInput
        label={t('documents.drafts.new.field.title')}
        required
        data-autofocus
        maxLength={500}
        value={title}
        error={shown['/title']}
        onChange={(event) => {
          setTitle(event.currentTarget.value);
          setErrors({});
        }}
      />
      <Radio.Group
        label={t('documents.drafts.new.source')}
        value={source}
        onChange={(next) => {
          setSource(next as Source);
          setErrors({});
        }}
      >
        <Group gap="md" mt={6}>
          <Radio value="template" label={t('documents.drafts.new.source.template')} />
          <Radio value="file" label={t('documents.drafts.new.source.file')} />
        </Group>
      </Radio.Group>
      {source === 'template' ? (
        <NativeSelect
          label={t('documents.drafts.new.template')}
          required
          data={[
            { value: '', label: t('documents.drafts.new.template.choose') },
            ...(templates.data ?? []).map((template) => ({ value: template.id, label: template.name })),
          ]}
          value={templateId}
          error={
            shown['/templateId'] ??
            (templates.error ? t('documents.drafts.new.template.unavailable') : undefined)
          }
          onChange={(event) => {
            setTemplateId(event.currentTarget.value);
            setErrors({});
          }}
        />
      ) : (
        <FileUploadField
          label={t('documents.drafts.new.file')}
          description={t('documents.drafts.new.file.description')}
          accept={DRAFT_FILE_ACCEPT}
          required
          value={upload}
          onChange={(next) => {
            setUpload(next);
            setErrors({});
          }}
          error={shown['/fileId']}
        />
      )}
      {source === 'template' && (
        <NativeSelect
          label={t('documents.drafts.new.signatory')}
          description={t('documents.drafts.new.signatory.description')}
          data={[{ value: '', label: t('documents.drafts.new.signatory.none') }, ...signatories]}
          value={signatory}
          error={shown['/signatoryPositionId']}
          onChange={(event) => setSignatory(event.currentTarget.value)}
        />
      )}
      <AddresseesField
        parties={parties}
        chosenPartyIds={partyIds}
        onPartiesChange={setPartyIds}
        others={others}
        onOthersChange={setOthers}
      />
      <Checkbox
        label={t('documents.drafts.new.internal')}
        description={t('documents.drafts.new.internal.description')}
        checked={internal}
        onChange={(event) => setInternal(event.currentTarget.checked)}
      />
    </ActionDialog>
  );
}
