import { accessSchema, dcmiTypeSchema, type IncomingAccess } from '@obieg/contracts/correspondence';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import type { IncomingStatus } from '../incoming-search.models';

/** Metadata A10 in the wording of the instruction. */
export const ACCESS_LABELS: Record<IncomingAccess, MessageKey> = {
  public: 'correspondence.access.public',
  partial: 'correspondence.access.partial',
  restricted: 'correspondence.access.restricted',
};

export const STATUS_LABELS: Record<IncomingStatus, MessageKey> = {
  registered: 'correspondence.status.registered',
  cancelled: 'correspondence.status.cancelled',
};

export function useAccessOptions() {
  const t = useT();
  return accessSchema.options.map((value) => ({ value, label: t(ACCESS_LABELS[value]) }));
}

type DcmiType = (typeof dcmiTypeSchema.options)[number];

export const DCMI_LABELS: Record<DcmiType, MessageKey> = {
  Collection: 'correspondence.dcmi.Collection',
  Dataset: 'correspondence.dcmi.Dataset',
  MovingImage: 'correspondence.dcmi.MovingImage',
  PhysicalObject: 'correspondence.dcmi.PhysicalObject',
  Software: 'correspondence.dcmi.Software',
  Sound: 'correspondence.dcmi.Sound',
  StillImage: 'correspondence.dcmi.StillImage',
  Text: 'correspondence.dcmi.Text',
};

/** DCMI Type Vocabulary (A14): the English term is the value; the label adds the local meaning. */
export function useDcmiOptions() {
  const t = useT();
  return dcmiTypeSchema.options.map((value) => ({ value, label: t(DCMI_LABELS[value]) }));
}
