import type { ValidationReportDto } from '@obieg/contracts/signatures';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../app/api-error';
import {
  getCertificationAuthority,
  getFileValidation,
  listCertificates,
  listTrustAnchors,
  type CertificateStatus,
} from './signatures.api';

export const signaturesKeys = {
  validation: (fileId: string) => ['signatures', 'validation', fileId] as const,
  ca: ['signatures', 'pki', 'ca'] as const,
  certificates: ['signatures', 'pki', 'certificates'] as const,
  certificateList: (query: { userId?: string; status?: CertificateStatus }) =>
    ['signatures', 'pki', 'certificates', query] as const,
  trustAnchors: ['signatures', 'pki', 'trust-anchors'] as const,
};

/**
 * The last verification report of a file, or `null` when the file was never verified (the API's
 * 404 `signatures.no_validation` is an answer, not a failure).
 */
export const fileValidationQuery = (fileId: string) =>
  queryOptions({
    queryKey: signaturesKeys.validation(fileId),
    queryFn: async (): Promise<ValidationReportDto | null> => {
      try {
        return await getFileValidation(fileId);
      } catch (error) {
        if (isApiError(error) && error.code === 'signatures.no_validation') return null;
        throw error;
      }
    },
    retry: false,
    staleTime: 5 * 60_000,
  });

/** The office CA, or `null` before the first certificate created it (404). */
export const certificationAuthorityQuery = () =>
  queryOptions({
    queryKey: signaturesKeys.ca,
    queryFn: async () => {
      try {
        return await getCertificationAuthority();
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
  });

export const certificatesQuery = (query: { userId?: string; status?: CertificateStatus } = {}) =>
  queryOptions({
    queryKey: signaturesKeys.certificateList(query),
    queryFn: () => listCertificates(query),
    select: (data) => data.items,
  });

export const trustAnchorsQuery = () =>
  queryOptions({
    queryKey: signaturesKeys.trustAnchors,
    queryFn: listTrustAnchors,
    select: (data) => data.items,
  });

/** After a new verification: the report is the answer; lists showing its verdict read it again. */
export function storeValidationReport(queryClient: QueryClient, report: ValidationReportDto) {
  queryClient.setQueryData(signaturesKeys.validation(report.fileId), report);
}
