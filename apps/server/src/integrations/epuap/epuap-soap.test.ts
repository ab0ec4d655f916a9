import { describe, expect, test } from 'vitest';
import { buildSoapEnvelope, buildSoapFault, faultToError, parseSoapEnvelope } from './epuap-soap.js';

const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';

describe('SOAP envelopes', () => {
  test('a fault becomes epuap.fault carrying the faultstring and the ePUAP Wyjatek detail', async () => {
    const message = await parseSoapEnvelope(
      buildSoapFault({
        faultCode: 'soapenv:Client',
        faultString: 'Skrytka nie istnieje',
        detailCode: 'SKRYTKA_NIE_ISTNIEJE',
      }),
    );
    const error = faultToError(
      message.fault ?? { faultCode: '', faultString: '', detailCode: null, detailMessage: null },
      500,
    );
    expect(error).toMatchObject({
      code: 'epuap.fault',
      retryable: false,
      message: 'ePUAP answered with a SOAP Fault: Skrytka nie istnieje',
      details: {
        faultCode: 'soapenv:Client',
        faultString: 'Skrytka nie istnieje',
        detailCode: 'SKRYTKA_NIE_ISTNIEJE',
        httpStatus: 500,
      },
    });
  });

  test('the payload is the Body’s element, the header the Envelope’s Header', async () => {
    const message = await parseSoapEnvelope(
      buildSoapEnvelope({ headers: ['<obi:AdresSkrytki>/a/b</obi:AdresSkrytki>'], body: '<obi:X/>' }),
    );
    expect([message.payload?.localName, message.header?.localName, message.fault]).toEqual([
      'X',
      'Header',
      null,
    ]);
  });

  test.each([
    [
      'a DOCTYPE',
      `<!DOCTYPE e SYSTEM "http://evil/x.dtd"><e:Envelope xmlns:e="${SOAP}"/>`,
      'epuap.xml_refused',
    ],
    ['two Bodies', `<e:Envelope xmlns:e="${SOAP}"><e:Body/><e:Body/></e:Envelope>`, 'epuap.xml_malformed'],
    [
      'a SOAP 1.2 envelope',
      '<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body/></e:Envelope>',
      'epuap.xml_malformed',
    ],
    [
      'two operations in one Body',
      `<e:Envelope xmlns:e="${SOAP}"><e:Body><a/><b/></e:Body></e:Envelope>`,
      'epuap.xml_malformed',
    ],
  ])('a message with %s is refused', async (_, xml, code) => {
    await expect(parseSoapEnvelope(xml)).rejects.toMatchObject({ code });
  });

  test('a message above the size bound is refused before parsing', async () => {
    await expect(
      parseSoapEnvelope(buildSoapEnvelope({ body: '<x/>' }), { maxBytes: 50 }),
    ).rejects.toMatchObject({ code: 'epuap.too_large' });
  });
});
