import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppProviders } from '../../../app/providers';
import type { Language } from '../../../locales/i18n';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { makeValidationReport } from '../../documents/documents.test-utils';
import { FileSignatureStatus } from './file-signature-status';
import { ValidationReportPanel } from './validation-report-panel';

const FILE_ID = makeValidationReport().fileId;
const path = `/api/v1/files/${FILE_ID}`;
const signature = makeValidationReport().signatures[0]!;

const tampered = makeValidationReport({
  verdict: 'invalid',
  trigger: 'intake',
  signatures: [
    {
      ...signature,
      verdict: 'invalid',
      integrity: 'broken',
      coversWholeDocument: false,
      errors: [
        {
          code: 'pdf.modified_after_signing',
          message: 'The document was changed after signing: page 1 content.',
        },
      ],
      warnings: [{ code: 'signature.some_new_check', message: 'A check the web app does not know yet.' }],
    },
  ],
});

const renderWith = (ui: React.ReactNode, language: Language = 'pl') =>
  render(
    <AppProviders queryClient={new QueryClient()} language={language} env="test">
      {ui}
    </AppProviders>,
  );

describe('weryfikacja podpisu', () => {
  test('a tampered file shows Podpis nieważny, a broken integrity and why, in Polish', async () => {
    stubFetch().route(`GET ${path}/validation`, tampered);
    renderWith(<ValidationReportPanel fileId={FILE_ID} />);

    const report = await screen.findByTestId('validation-report');
    expect(within(report).getAllByText('Podpis nieważny')).toHaveLength(2);
    const details = within(report).getByTestId('signature-report');
    expect(within(details).getByTestId('signature-integrity').textContent).toBe('naruszony');
    expect(details.textContent).toContain('podpis nie obejmuje całego pliku');
    expect(details.textContent).toContain('Krystyna Kierownicza');
    expect(details.textContent).toContain('PAdES, osadzony w dokumencie, poziom B');
    expect(details.textContent).toContain('zaufany');
    expect(details.textContent).toContain('niekwalifikowany');
    expect(within(details).getByRole('heading', { name: 'Podpis 1' })).toBeTruthy();
    const errors = within(details).getByRole('alert', { name: /Błędy/ });
    expect(errors.textContent).toContain(
      'Dokument PDF zmieniono po podpisaniu — podpisana treść nie jest tym, co widać w pliku.',
    );
    // A code the web app does not know yet shows the engine's own sentence.
    expect(details.textContent).toContain('A check the web app does not know yet.');
    expect(screen.getByText(/przy przyjęciu pliku/)).toBeTruthy();
  });

  test('a file never verified says so, and verifying it shows the fresh report', async () => {
    const stub = stubFetch()
      .route(`GET ${path}/validation`, problem(404, 'signatures.no_validation'))
      .route(`POST ${path}/verify`, () => json(200, makeValidationReport({ trigger: 'on_demand' })));
    renderWith(<ValidationReportPanel fileId={FILE_ID} />);

    expect(await screen.findByText('Ten plik nie był jeszcze weryfikowany.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zweryfikuj podpis' }));

    const report = await screen.findByTestId('validation-report');
    expect(within(report).getAllByText('Podpis ważny')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Zweryfikuj ponownie' })).toBeTruthy();
    expect(stub.requests.filter((r) => r.method === 'POST').map((r) => r.url.pathname)).toEqual([
      `${path}/verify`,
    ]);
  });

  test('a list shows the verdict of a signed file and opens its report; an unsigned scan asks nothing', async () => {
    const stub = stubFetch().route(`GET ${path}/validation`, tampered);
    renderWith(
      <>
        <FileSignatureStatus file={{ id: FILE_ID, name: 'decyzja.pdf', mediaType: 'application/pdf' }} />
        <FileSignatureStatus
          file={{ id: '01900000-0000-7000-8000-00000000f099', name: 'skan.jpg', mediaType: 'image/jpeg' }}
        />
      </>,
    );

    const status = await screen.findByTestId('file-signature-status');
    expect(within(status).getByText('Podpis nieważny')).toBeTruthy();
    fireEvent.click(
      within(status).getByRole('button', {
        name: 'Raport weryfikacji podpisu pliku decyzja.pdf (Podpis nieważny)',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Weryfikacja podpisu: decyzja.pdf' });
    expect(await within(dialog).findByTestId('validation-report')).toBeTruthy();
    expect(stub.requests.map((r) => r.url.pathname)).toEqual([`${path}/validation`]);
  });

  test('the verdicts read in English too', async () => {
    stubFetch().route(`GET ${path}/validation`, tampered);
    renderWith(<ValidationReportPanel fileId={FILE_ID} />, 'en');
    const report = await screen.findByTestId('validation-report');
    expect(within(report).getAllByText('Signature invalid')).toHaveLength(2);
    expect(within(report).getByTestId('signature-integrity').textContent).toBe('broken');
    expect(screen.getByRole('button', { name: 'Verify again' })).toBeTruthy();
  });
});
