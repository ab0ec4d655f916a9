import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { FilePreview } from './file-preview';

const id = '0199aaaa-0000-7000-8000-000000000001';
const renderPreview = (mediaType: string, name = 'pismo') =>
  render(
    <AppProviders queryClient={new QueryClient()} language="pl" env="test">
      <FilePreview file={{ id, name, mediaType, size: 10 }} />
    </AppProviders>,
  );

describe('FilePreview', () => {
  test('a DOCX shows its extracted text and a download link with the file name', async () => {
    stubFetch().route(`GET /api/v1/files/${id}/preview`, {
      kind: 'text',
      source: 'docx',
      charset: null,
      text: 'Zażółć gęślą jaźń',
      truncated: false,
    });
    renderPreview('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'pismo.docx');
    const text = await screen.findByRole('region', { name: 'Treść pliku pismo.docx' });
    expect(text.textContent).toBe('Zażółć gęślą jaźń');
    expect(screen.getByText(/Pokazano sam tekst dokumentu/)).toBeTruthy();
    const download = screen.getByRole('link', { name: 'Pobierz plik pismo.docx' });
    expect(download.getAttribute('href')).toBe(`/api/v1/files/${id}/content`);
    expect(download.getAttribute('download')).toBe('pismo.docx');
  });

  test('a file with no preview says so and still offers the download', () => {
    const fetchStub = stubFetch();
    renderPreview('application/msword', 'stary.doc');
    expect(screen.getByText('Podgląd niedostępny')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pobierz plik stary.doc' })).toBeTruthy();
    expect(fetchStub.requests).toEqual([]);
  });

  test('a damaged file shows the translated reason', async () => {
    stubFetch().route(`GET /api/v1/files/${id}/preview`, problem(422, 'files.preview_damaged'));
    renderPreview('application/vnd.oasis.opendocument.text', 'zly.odt');
    expect((await screen.findByRole('alert')).textContent).toContain('plik może być uszkodzony');
  });

  test('an image is shown from its inline content URL with a text alternative', () => {
    stubFetch().route(`GET /api/v1/files/${id}/content`, json(200, {}));
    renderPreview('image/png', 'zdjecie.png');
    expect(screen.getByRole('img', { name: 'Obraz zdjecie.png' }).getAttribute('src')).toBe(
      `/api/v1/files/${id}/content?inline=1`,
    );
  });
});
