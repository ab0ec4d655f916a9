import type * as Pkijs from 'pkijs';
import { parseCertificate, toHex } from './asn1.js';
import { loadPkiLibraries } from './pki.libraries.js';

/** RFC 4514 §3 short names; any other attribute is written as its OID with a #hex DER value. */
const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.9': 'STREET',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (character) => `\\${character}`)
    .replace(/^[ #]/, (character) => `\\${character}`)
    .replace(/ $/, '\\ ')
    .replace(/\0/g, '\\00');
}

/** A Name as an RFC 4514 string (last RDN first), as XAdES X509IssuerName wants it. */
function formatRfc4514Name(name: Pkijs.RelativeDistinguishedNames): string {
  return [...name.typesAndValues]
    .reverse()
    .map((attribute) => {
      const short = SHORT_NAMES[attribute.type];
      const value = attribute.value as { valueBlock?: { value?: unknown }; toBER: () => ArrayBuffer };
      if (short && typeof value.valueBlock?.value === 'string')
        return `${short}=${escapeValue(value.valueBlock.value)}`;
      return `${attribute.type}=#${toHex(new Uint8Array(value.toBER()))}`;
    })
    .join(',');
}

/** The issuer (RFC 4514) and the decimal serial number of a DER certificate. */
export async function readIssuerSerial(
  certificateDer: Uint8Array,
): Promise<{ issuer: string; serialNumber: string }> {
  const libraries = await loadPkiLibraries();
  const certificate = parseCertificate(libraries, certificateDer);
  const serial = toHex(new Uint8Array(certificate.serialNumber.valueBlock.valueHexView));
  return {
    issuer: formatRfc4514Name(certificate.issuer),
    serialNumber: BigInt(`0x${serial || '0'}`).toString(10),
  };
}
