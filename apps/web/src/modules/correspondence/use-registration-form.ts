import type { ContactListItem } from '@obieg/contracts/contacts';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useT } from '../../locales/i18n-context';
import { todayInOffice } from '../../shared/format/dates';
import { useFormState } from '../../shared/forms/use-form-state';
import { labelUrl, registerIncoming } from './correspondence.api';
import { activeSorted, deliveryMethodsQuery, incomingKeys } from './correspondence.queries';
import { printPdf } from './print-pdf';
import { loadRegistrationDefaults, saveRegistrationDefaults } from './registration-defaults';
import {
  blankRegistration,
  newIdempotencyKey,
  newSenderFromText,
  REGISTRATION_FIELD_MESSAGES,
  type NewSenderValues,
  type RegistrationValues,
} from './registration-form.models';
import { validateRegistration } from './registration-validation';
import { useScanUploads } from './use-scan-uploads';

export type LabelState = 'none' | 'printing' | 'printed' | 'not_printed' | 'failed';
export type Registered = { item: IncomingItem; label: LabelState };

const focusFirstInvalid = () =>
  window.requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[data-registration-form] [aria-invalid="true"]')?.focus(),
  );

/**
 * The registration form's state and its one action: check, wait for the scans, register (with
 * this form's Idempotency-Key), remember the clerk's choices, start a blank form with the focus
 * on the sender, and print the label if asked.
 */
export function useRegistrationForm({ userId }: { userId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [defaults, setDefaults] = useState(() => loadRegistrationDefaults(userId));
  const form = useFormState<RegistrationValues>(blankRegistration({ defaults, receivedAt: todayInOffice() }));
  const [dateChosen, setDateChosen] = useState(false);
  const scans = useScanUploads();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [registered, setRegistered] = useState<Registered[]>([]);
  const senderRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const busy = useRef(false);
  const mutation = useMutation({ mutationFn: registerIncoming });

  const methods = activeSorted(useQuery(deliveryMethodsQuery()).data ?? []);
  const deliveryMethod = methods.some((method) => method.code === form.values.deliveryMethod)
    ? form.values.deliveryMethod
    : (methods[0]?.code ?? '');

  const { setValues, setErrors } = form;
  const setSenderText = useCallback(
    (senderText: string) => {
      setValues((current) => ({ ...current, senderText, sender: null }));
      setErrors((current) => {
        if (!('/sender' in current)) return current;
        const { '/sender': _sender, ...rest } = current;
        return rest;
      });
    },
    [setValues, setErrors],
  );
  const chooseSender = useCallback(
    (contact: ContactListItem) => {
      setValues((current) => ({
        ...current,
        sender: contact,
        senderText: contact.displayName,
        newSender: null,
      }));
      setErrors({});
      titleRef.current?.focus();
    },
    [setValues, setErrors],
  );
  const startNewSender = useCallback(
    (text: string) => {
      setValues((current) => ({ ...current, sender: null, newSender: newSenderFromText(text) }));
      setErrors({});
    },
    [setValues, setErrors],
  );
  const changeNewSender = (patch: Partial<NewSenderValues>) =>
    setValues((current) => ({
      ...current,
      newSender: current.newSender ? { ...current.newSender, ...patch } : null,
    }));
  const cancelNewSender = () => {
    setValues((current) => ({ ...current, newSender: null }));
    senderRef.current?.focus();
  };
  const setReceivedAt = (receivedAt: string) => {
    setDateChosen(true);
    form.setValue('receivedAt', receivedAt);
  };

  const setLabel = (id: string, label: LabelState) =>
    setRegistered((list) => list.map((entry) => (entry.item.id === id ? { ...entry, label } : entry)));

  const printLabel = async (item: IncomingItem) => {
    setLabel(item.id, 'printing');
    try {
      const outcome = await printPdf({
        url: labelUrl(item.id),
        title: t('correspondence.print.label_frame', { number: item.rpwNumber }),
      });
      setLabel(item.id, outcome);
    } catch {
      setLabel(item.id, 'failed');
    }
  };

  const startBlankForm = (values: RegistrationValues) => {
    const remembered = {
      deliveryMethod,
      documentKind: values.documentKind,
      organId: values.organId,
      paperStore: values.paperStore.trim(),
      paperBox: values.paperBox.trim(),
    };
    saveRegistrationDefaults(userId, remembered);
    setDefaults((current) => ({ ...current, ...remembered }));
    form.reset(
      blankRegistration({
        defaults: remembered,
        receivedAt: dateChosen ? values.receivedAt : todayInOffice(),
      }),
    );
    scans.clear();
    setIdempotencyKey(newIdempotencyKey());
    mutation.reset();
    senderRef.current?.focus();
  };

  const submit = async ({ print }: { print: boolean }) => {
    if (busy.current) return;
    busy.current = true;
    const values = form.values;
    try {
      const settled = await scans.settle();
      if (settled.some((scan) => scan.status !== 'done')) {
        setErrors({ '/fileIds': t('correspondence.scans.failed_remove') });
        return;
      }
      const fileIds = settled.flatMap((scan) => (scan.fileId ? [scan.fileId] : []));
      const checked = validateRegistration({ values, deliveryMethod, fileIds, t });
      if (!checked.ok) {
        setErrors(checked.errors);
        focusFirstInvalid();
        return;
      }
      setErrors({});
      const item = await mutation.mutateAsync({ input: checked.data, idempotencyKey });
      setRegistered((list) => [{ item, label: 'none' as LabelState }, ...list].slice(0, 10));
      startBlankForm(values);
      void queryClient.invalidateQueries({ queryKey: incomingKeys.all });
      if (print) await printLabel(item);
    } catch (error) {
      form.applyApiError(error, t, REGISTRATION_FIELD_MESSAGES);
      focusFirstInvalid();
    } finally {
      busy.current = false;
    }
  };

  const clear = () => {
    form.reset(
      blankRegistration({ defaults, receivedAt: dateChosen ? form.values.receivedAt : todayInOffice() }),
    );
    scans.clear();
    mutation.reset();
    senderRef.current?.focus();
  };

  return {
    /** The sender box and the title field, focused as the clerk moves on (kept apart from the state). */
    refs: { senderRef, titleRef },
    form,
    scans,
    mutation,
    registered,
    defaults,
    deliveryMethod,
    setSenderText,
    chooseSender,
    startNewSender,
    changeNewSender,
    cancelNewSender,
    setReceivedAt,
    submit,
    clear,
    printLabel,
    rememberMoreOpen: (moreOpen: boolean) => saveRegistrationDefaults(userId, { moreOpen }),
  };
}

export type RegistrationForm = Omit<ReturnType<typeof useRegistrationForm>, 'refs'>;
export type RegistrationRefs = ReturnType<typeof useRegistrationForm>['refs'];
