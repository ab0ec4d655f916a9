import type {
  ApprovalPath,
  ApprovalStep,
  ApprovalTask,
  CaseDraft,
  DocumentDto,
  DocumentVersion,
  Template,
} from '@obieg/contracts/documents';
import type { Position } from '@obieg/contracts/organization';
import type { ValidationReportDto } from '@obieg/contracts/signatures';
import { CASE_ID, GK_UNIT, OFFICER_ID } from '../cases/cases.test-utils';

export const DOCUMENT_ID = '01900000-0000-7000-8000-00000000d0c1';
export const TEMPLATE_ID = '01900000-0000-7000-8000-000000007e01';
export const HEAD_POSITION = '01900000-0000-7000-8000-000000000030';
export const SECRETARY_POSITION = '01900000-0000-7000-8000-000000000040';
export const LAWYER_POSITION = '01900000-0000-7000-8000-000000000050';
/** The officer's own position (`makeMe()`'s active one). */
export const OFFICER_POSITION = '01900000-0000-7000-8000-000000000010';

const officer = {
  userId: OFFICER_ID,
  displayName: 'Anna Nowak',
  positionId: OFFICER_POSITION,
  positionTitle: 'Inspektor',
  actingFor: null,
};

export function makeTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: TEMPLATE_ID,
    name: 'Zawiadomienie o wszczęciu postępowania',
    description: 'Art. 61 § 4 KPA',
    header: '{{urzad}}\n{{miejscowosc}}, {{data}}',
    body: 'Znak sprawy: {{znak_sprawy}}\n\nZawiadamiam o wszczęciu postępowania.',
    closing: 'Z poważaniem',
    signatureBlock: '{{podpisujacy}}\n{{podpisujacy_stanowisko}}',
    logoFileId: null,
    active: true,
    version: 1,
    createdAt: '2026-02-01T09:00:00+01:00',
    updatedAt: '2026-02-01T09:00:00+01:00',
    ...overrides,
  };
}

export function makeVersion(overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  const number = overrides.number ?? 1;
  return {
    id: `01900000-0000-7000-8000-00000000e0${String(number).padStart(2, '0')}`,
    number,
    source: 'template',
    file: {
      id: `01900000-0000-7000-8000-00000000f0${String(number).padStart(2, '0')}`,
      name: `pismo-v${number}.pdf`,
      size: 20_480,
      mediaType: 'application/pdf',
    },
    editableFile: {
      id: `01900000-0000-7000-8000-00000000f1${String(number).padStart(2, '0')}`,
      name: `pismo-v${number}.docx`,
      size: 10_240,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
    hasText: true,
    comment: null,
    createdAt: '2026-03-02T10:00:00+01:00',
    createdBy: officer,
    validation: null,
    ...overrides,
  };
}

export function makeStep(overrides: Partial<ApprovalStep> = {}): ApprovalStep {
  return {
    id: '01900000-0000-7000-8000-00000000a501',
    stage: 1,
    assignee: {
      userId: '01900000-0000-7000-8000-000000000003',
      displayName: 'Krystyna Kierownicza',
      positionId: HEAD_POSITION,
      positionTitle: 'Naczelnik',
    },
    signatory: false,
    status: 'pending',
    decidedAt: null,
    decidedBy: null,
    comment: null,
    versionNumber: null,
    ...overrides,
  };
}

export function makePath(overrides: Partial<ApprovalPath> = {}): ApprovalPath {
  return {
    id: '01900000-0000-7000-8000-00000000a0a1',
    status: 'in_progress',
    startedAt: '2026-03-03T09:00:00+01:00',
    startedBy: officer,
    finishedAt: null,
    steps: [makeStep({ signatory: true })],
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<DocumentDto> = {}): DocumentDto {
  return {
    id: DOCUMENT_ID,
    caseId: CASE_ID,
    caseSign: 'GK.6000.1.2026',
    caseTitle: 'Zajęcie pasa drogowego ul. Długa',
    title: 'Zezwolenie na zajęcie pasa drogowego',
    status: 'draft',
    internal: false,
    templateId: TEMPLATE_ID,
    addressees: [{ id: '01900000-0000-7000-8000-0000000000c1', name: 'Żółkiewski Stanisław' }],
    createdAt: '2026-03-02T10:00:00+01:00',
    createdBy: officer,
    version: 1,
    versions: [makeVersion()],
    approvals: [],
    allowedActions: ['add_version', 'start_approval'],
    ...overrides,
  };
}

export function makeCaseDraft(overrides: Partial<CaseDraft> = {}): CaseDraft {
  return {
    id: DOCUMENT_ID,
    title: 'Zezwolenie na zajęcie pasa drogowego',
    status: 'in_approval',
    versionCount: 2,
    updatedAt: '2026-03-03T09:00:00+01:00',
    ...overrides,
  };
}

export function makeApprovalTask(overrides: Partial<ApprovalTask> = {}): ApprovalTask {
  return {
    id: '01900000-0000-7000-8000-00000000a501',
    documentId: DOCUMENT_ID,
    documentTitle: 'Zezwolenie na zajęcie pasa drogowego',
    caseId: CASE_ID,
    caseSign: 'GK.6000.1.2026',
    stage: 1,
    signatory: false,
    status: 'pending',
    sentAt: '2026-03-03T09:00:00+01:00',
    sentBy: officer,
    assignee: makeStep().assignee,
    ...overrides,
  };
}

export function makePosition(overrides: Partial<Position> = {}): Position {
  return {
    id: HEAD_POSITION,
    userId: '01900000-0000-7000-8000-000000000003',
    userDisplayName: 'Krystyna Kierownicza',
    orgUnitId: GK_UNIT,
    orgUnitSymbol: 'GK',
    title: 'Naczelnik',
    roleIds: ['01900000-0000-7000-8000-0000000000e1'],
    validFrom: '2020-01-01',
    validTo: null,
    createdAt: '2020-01-01T08:00:00+01:00',
    ...overrides,
  };
}

export const GK_ORG_UNIT = {
  id: GK_UNIT,
  symbol: 'GK',
  name: 'Wydział Gospodarki Komunalnej',
  parentId: null,
  headPositionId: HEAD_POSITION,
  validFrom: '2020-01-01',
  validTo: null,
  active: true,
  createdAt: '2020-01-01T08:00:00+01:00',
};

export function makeValidationReport(overrides: Partial<ValidationReportDto> = {}): ValidationReportDto {
  return {
    id: '01900000-0000-7000-8000-00000000b001',
    fileId: '01900000-0000-7000-8000-00000000f002',
    verifiedAt: '2026-03-05T12:00:00+01:00',
    fileSha256: 'a'.repeat(64),
    detectedFormat: 'PAdES',
    verdict: 'valid',
    signatures: [
      {
        format: 'PAdES',
        packaging: 'embedded',
        level: 'B',
        verdict: 'valid',
        integrity: 'intact',
        trust: 'trusted',
        certificateStatus: 'valid',
        signer: {
          subject: 'CN=Krystyna Kierownicza, O=Urząd Gminy Przykładowo, C=PL',
          issuer: 'CN=Urząd Gminy Przykładowo CA, C=PL',
          serialNumber: '0a1b2c',
          notBefore: '2026-01-01T00:00:00Z',
          notAfter: '2028-01-01T00:00:00Z',
          sha256: 'b'.repeat(64),
          qualified: false,
        },
        signerName: 'Krystyna Kierownicza',
        claimedSigningTime: '2026-03-05T11:59:00+01:00',
        timestampTime: null,
        chain: [
          {
            subject: 'CN=Krystyna Kierownicza, O=Urząd Gminy Przykładowo, C=PL',
            issuer: 'CN=Urząd Gminy Przykładowo CA, C=PL',
            serialNumber: '0a1b2c',
            notBefore: '2026-01-01T00:00:00Z',
            notAfter: '2028-01-01T00:00:00Z',
            sha256: 'b'.repeat(64),
            qualified: false,
          },
          {
            subject: 'CN=Urząd Gminy Przykładowo CA, C=PL',
            issuer: 'CN=Urząd Gminy Przykładowo CA, C=PL',
            serialNumber: '01',
            notBefore: '2026-01-01T00:00:00Z',
            notAfter: '2036-01-01T00:00:00Z',
            sha256: 'c'.repeat(64),
            qualified: false,
          },
        ],
        coversWholeDocument: true,
        warnings: [],
        errors: [],
      },
    ],
    errors: [],
    trigger: 'signing',
    ...overrides,
  };
}
