import { loadOnce } from '../../../shared/load-once.js';

/**
 * The ASN.1/CMS parser and the PDF parser are loaded on the first verification, not at server
 * start (ADR 0008): most requests never touch a signature.
 */
export const loadAsn1 = loadOnce(async () => {
  const [pkijs, asn1js] = await Promise.all([import('pkijs'), import('asn1js')]);
  return { pkijs, asn1js };
});

export type Asn1Libs = Awaited<ReturnType<typeof loadAsn1>>;

export const loadPdfLib = loadOnce(() => import('pdf-lib'));

export const loadUnzip = loadOnce(async () => (await import('fflate')).unzipSync);

export const loadXmlParser = loadOnce(async () => (await import('@xmldom/xmldom')).DOMParser);
