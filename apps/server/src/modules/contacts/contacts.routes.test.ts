import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createStaff,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';

const PESEL = '44051401359';
const PESEL_WITH_IMPOSSIBLE_DATE = '44023012343'; // 30 February, check digit correct
const person = (extra: object = {}) => ({
  kind: 'person',
  givenNames: 'Stanisław',
  surname: 'Żółkiewski',
  pesel: PESEL,
  addresses: [{ street: 'Piotrkowska', building: '12', flat: '3', postalCode: '90-001', city: 'Łódź' }],
  emails: ['s.zolkiewski@example.pl'],
  ...extra,
});
const institution = (extra: object = {}) => ({
  kind: 'institution',
  name: 'Spółdzielnia Mieszkaniowa „Zgoda”',
  nip: '123-456-32-18',
  regon: '123456785',
  krs: '0000012345',
  addresses: [{ street: 'Długa', building: '5', postalCode: '00-950', city: 'Warszawa' }],
  ...extra,
});

describe('contacts (baza teleadresowa)', () => {
  let t: TestApp;
  let clerk: Session;
  let otherOfficeClerk: Session;

  const post = (payload: object, session = clerk) =>
    session.request({ method: 'POST', url: '/api/v1/contacts', payload });
  const created = (response: LightMyRequestResponse) => {
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['alfa', 'beta']) {
      const tenantId = (await createOffice(t, { code })).id;
      const admin = await login(t, { tenant: code });
      await createStaff(t, admin, { tenantId, login: 'kancelista', role: 'kancelaria' });
    }
    clerk = await login(t, { tenant: 'alfa', login: 'kancelista' });
    otherOfficeClerk = await login(t, { tenant: 'beta', login: 'kancelista' });
  });
  afterAll(async () => t.close());

  describe('creating', () => {
    test('records a person with PESEL and a Polish address, country defaulting to PL', async () => {
      const contact = created(await post(person()));
      expect(contact).toMatchObject({
        kind: 'person',
        displayName: 'Żółkiewski Stanisław',
        pesel: PESEL,
        version: 1,
      });
      expect(contact.addresses[0]).toMatchObject({ city: 'Łódź', country: 'PL', postalCode: '90-001' });
    });

    test('records an institution with its NIP stored as digits only', async () => {
      const contact = created(await post(institution()));
      expect(contact).toMatchObject({
        kind: 'institution',
        nip: '1234563218',
        regon: '123456785',
        krs: '0000012345',
      });
    });

    test.each([
      ['a PESEL with a wrong check digit', person({ pesel: '44051401358' }), '/pesel'],
      ['a PESEL with an impossible birth date', person({ pesel: PESEL_WITH_IMPOSSIBLE_DATE }), '/pesel'],
      ['a wrong NIP', institution({ nip: '1234563219' }), '/nip'],
      ['a wrong 9-digit REGON', institution({ regon: '123456786' }), '/regon'],
      ['a wrong 14-digit REGON', institution({ regon: '12345678512348' }), '/regon'],
      ['a KRS that is not 10 digits', institution({ krs: '12345' }), '/krs'],
      ['a bad e-Doręczenia address', institution({ edeliveryAddress: 'AE:PL-123' }), '/edeliveryAddress'],
      [
        'a Polish postal code not NN-NNN',
        person({ pesel: undefined, addresses: [{ postalCode: '90001', city: 'Łódź' }] }),
        '/addresses/0/postalCode',
      ],
      ['a person without a surname', { kind: 'person', givenNames: 'Jan' }, '/surname'],
    ])('rejects %s with 400 naming the field', async (_name, payload, path) => {
      const problem = expectProblem(await post(payload), { status: 400, code: 'validation.failed' });
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    });

    test('accepts any postal code format abroad', async () => {
      const contact = created(
        await post({
          kind: 'person',
          givenNames: 'Hans',
          surname: 'Müller',
          addresses: [{ postalCode: '10115', city: 'Berlin', country: 'DE' }],
        }),
      );
      expect(contact.addresses[0]).toMatchObject({ postalCode: '10115', country: 'DE' });
    });

    test('stores HTML in a name as given and returns it as JSON text', async () => {
      const name = '<script>alert("x")</script> & <b>Firma</b>';
      const contact = created(await post({ kind: 'institution', name }));
      expect(contact.name).toBe(name);
      const read = await clerk.request({ method: 'GET', url: `/api/v1/contacts/${contact.id}` });
      expect(read.headers['content-type']).toMatch(/^application\/json/);
      expect(read.json().name).toBe(name);
    });
  });

  describe('duplicates', () => {
    test.each([
      [
        'PESEL',
        () => person({ pesel: '02070803628', surname: 'Nowak' }),
        () => person({ pesel: '02070803628', surname: 'Nowakowski' }),
      ],
      [
        'NIP',
        () => institution({ nip: '5260001246', regon: undefined, krs: undefined }),
        () => institution({ nip: '526-000-12-46', regon: undefined, krs: undefined, name: 'Inna' }),
      ],
      [
        'REGON',
        () => institution({ nip: undefined, regon: '012345675', krs: undefined }),
        () => institution({ nip: undefined, regon: '012345675', krs: undefined }),
      ],
      [
        'KRS',
        () => institution({ nip: undefined, regon: undefined, krs: '0000099999' }),
        () => institution({ nip: undefined, regon: undefined, krs: '0000099999' }),
      ],
    ])(
      'offers the existing contact when the same %s is entered again (409 with existingId)',
      async (_id, first, second) => {
        const existing = created(await post(first()));
        const problem = expectProblem(await post(second()), {
          status: 409,
          code: 'contacts.duplicate_identifier',
        });
        expect(problem.existingId).toBe(existing.id);
      },
    );

    test('lets another office hold a contact with the same NIP', async () => {
      const nip = { nip: '7770000005', regon: undefined, krs: undefined };
      created(await post(institution(nip), otherOfficeClerk));
      created(await post(institution(nip)));
    });
  });
});
