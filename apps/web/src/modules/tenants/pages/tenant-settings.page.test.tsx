import type { Tenant } from '@obieg/contracts/tenants';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const tenant: Tenant = {
  id: '01900000-0000-7000-8000-0000000000aa',
  code: 'demo',
  name: 'Urząd Gminy Przykładowo',
  nip: null,
  regon: null,
  teryt: null,
  address: null,
  epuapBox: null,
  edeliveryAddress: null,
  timeZone: 'Europe/Warsaw',
  createdAt: '2025-01-01T08:00:00+01:00',
};

describe('tenant settings', () => {
  test('rejects a NIP with a wrong check digit before anything is saved', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('tenant:manage'))
      .route('GET /api/v1/tenant', tenant);
    renderApp('/tenant');

    fireEvent.change(await screen.findByLabelText(/^NIP/), { target: { value: '123-456-32-19' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Zapisz' }).closest('form') as HTMLFormElement);

    const nip = screen.getByLabelText(/^NIP/);
    expect(await screen.findByText(/NIP ma 10 cyfr, a ostatnia jest cyfrą kontrolną/)).toBeTruthy();
    expect(nip.getAttribute('aria-invalid')).toBe('true');
    expect(stub.requests.some((request) => request.method === 'PATCH')).toBe(false);
  });

  test("puts the server's field errors next to the matching fields", async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('tenant:manage'))
      .route('GET /api/v1/tenant', tenant)
      .route(
        'PATCH /api/v1/tenant',
        problem(400, 'validation.failed', { errors: [{ path: '/address/postalCode', message: 'NN-NNN' }] }),
      );
    renderApp('/tenant');

    fireEvent.change(await screen.findByLabelText(/^Miejscowość/), { target: { value: 'Przykładowo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));

    expect(await screen.findByText('Formularz zawiera błędy. Popraw zaznaczone pola.')).toBeTruthy();
    expect(screen.getByText('Kod pocztowy ma format 00-000.')).toBeTruthy();
    const patch = stub.requests.find((request) => request.method === 'PATCH');
    expect(JSON.parse(String(patch?.body))).toMatchObject({
      address: { city: 'Przykładowo', country: 'PL' },
    });
  });

  test('saves valid settings and keeps the normalised NIP', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('tenant:manage'))
      .route('GET /api/v1/tenant', tenant)
      .route('PATCH /api/v1/tenant', (request) =>
        json(200, { ...tenant, ...JSON.parse(String(request.body)) }),
      );
    renderApp('/tenant');

    fireEvent.change(await screen.findByLabelText(/^NIP/), { target: { value: '526-000-12-46' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));

    expect(await screen.findByText('Zapisano zmiany.')).toBeTruthy();
    const patch = stub.requests.find((request) => request.method === 'PATCH');
    expect(JSON.parse(String(patch?.body))).toMatchObject({ nip: '5260001246' });
  });
});
