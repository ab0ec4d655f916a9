/**
 * XAdES-BES signatures (XAdES 1.3.2 namespace; B-T with a SignatureTimeStamp): enveloped in an XML
 * document (the signature is the root's last child; the document's bytes around it are kept as
 * they were, declaration and encoding included), or detached in a `.xades` file that names the
 * signed file by URI, as Polish signing tools (and ePUAP) write them. The enveloped reference
 * (URI="") digests the canonical form of the whole document, so the processing instructions around
 * the root (the xml-stylesheet line of ePUAP forms) are signed too.
 *
 * SignedProperties carry SigningTime and SigningCertificate (SHA-256 CertDigest and IssuerSerial
 * with an RFC 4514 issuer name) and a DataObjectFormat with the media type; SignedInfo is
 * canonicalised with exclusive C14N; KeyInfo holds the signer's certificate and its chain.
 */
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import type { SignerCredentials, TimestampProvider } from '../signatures.types.js';
import { sha256 } from '../pki/asn1.js';
import { readIssuerSerial } from '../pki/names.js';
import { SigningError } from './sign.errors.js';
import { decodeXml, encodeXml, parseXml } from './xml-input.js';
import { type XmlLibraries, loadXmlLibraries } from './xml.libraries.js';

export type XadesOptions = {
  signingTime: Date;
  /** Adds a SignatureTimeStamp over the canonical ds:SignatureValue (XAdES-T / B-T). */
  timestamp?: TimestampProvider;
};

const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function createSignatureElement(
  libraries: XmlLibraries,
  {
    signer,
    options,
    data,
    mediaType,
  }: {
    signer: SignerCredentials;
    options: XadesOptions;
    /** The document an enveloped signature signs whole (URI=""), or the detached file's bytes. */
    data: { document: XmlDocument } | { bytes: Uint8Array; uri: string };
    mediaType: string;
  },
): Promise<XmlElement> {
  const { xadesjs, xmldsigjs, createSignedXml } = libraries;
  const signed = createSignedXml();
  signed.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N;
  const referenceId = `r-${signed.XmlSignature.Id}`;

  const { issuer, serialNumber } = await readIssuerSerial(signer.certificate);
  const certificate = new xadesjs.xml.Cert();
  certificate.CertDigest.DigestMethod.Algorithm = SHA256;
  certificate.CertDigest.DigestValue = sha256(signer.certificate);
  certificate.IssuerSerial.X509IssuerName = issuer;
  certificate.IssuerSerial.X509SerialNumber = serialNumber;
  const properties = signed.SignedProperties;
  properties.SignedSignatureProperties.SigningCertificate.Add(certificate);
  const format = new xadesjs.xml.DataObjectFormat();
  format.ObjectReference = `#${referenceId}`;
  format.MimeType = mediaType;
  properties.SignedDataObjectProperties.DataObjectFormats.Add(format);

  const references: { id: string; uri: string; hash: string }[] = [];
  if ('document' in data) {
    signed.XmlSignature.SignedInfo.References.Add(
      wholeDocumentReference(libraries, data.document, referenceId),
    );
  } else {
    references.push({ id: referenceId, uri: data.uri, hash: 'SHA-256' });
  }
  await signed.Sign(
    { name: 'RSASSA-PKCS1-v1_5' },
    signer.privateKey,
    ('document' in data ? data.document : data.bytes) as Parameters<typeof signed.Sign>[2],
    {
      references,
      x509: [signer.certificate, ...signer.chain].map(base64),
      signingTime: { value: options.signingTime },
    },
  );

  if (options.timestamp) {
    const signatureValue = signed.XmlSignature.GetXml()?.getElementsByTagNameNS(DSIG_NS, 'SignatureValue')[0];
    const canonical = new xmldsigjs.XmlDsigExcC14NTransform();
    canonical.LoadInnerXml(signatureValue);
    const token = await options.timestamp(sha256(new TextEncoder().encode(canonical.GetOutput())));
    const stamp = new xadesjs.xml.SignatureTimeStamp();
    stamp.Id = `ts-${signed.XmlSignature.Id}`;
    stamp.CanonicalizationMethod.Algorithm = EXC_C14N;
    const encapsulated = new xadesjs.xml.EncapsulatedTimeStamp();
    encapsulated.Value = token;
    stamp.EncapsulatedTimeStamp.Add(encapsulated);
    signed.UnsignedProperties.UnsignedSignatureProperties.Add(stamp);
  }
  const element = signed.GetXml() as unknown as XmlElement | null;
  if (!element) throw new Error('xadesjs produced no Signature element');
  return element;
}

/**
 * The reference to the whole document (URI="", enveloped-signature and C14N transforms) with its
 * digest already made: xmldsigjs' `Sign` digests only the document element (it replaces a Document
 * by its root), so it leaves out the processing instructions around the root (the xml-stylesheet
 * line of every ePUAP form and UPP), which the canonical form of the document keeps, each followed
 * (before the root) or preceded (after it) by a line feed (C14N 1.0 §2.4). xmldsigjs keeps the
 * digest of a reference that has one. The document holds no signature yet (`signXmlEnveloped`
 * refuses signed ones), so the enveloped-signature transform leaves it as it is.
 */
function wholeDocumentReference({ xmldsigjs }: XmlLibraries, document: XmlDocument, id: string) {
  const reference = new xmldsigjs.Reference();
  reference.Id = id;
  reference.Uri = '';
  reference.DigestMethod.Algorithm = SHA256;
  reference.Transforms = new xmldsigjs.Transforms();
  reference.Transforms.Add(new xmldsigjs.XmlDsigEnvelopedSignatureTransform());
  reference.Transforms.Add(new xmldsigjs.XmlDsigC14NTransform());
  const canonical = new xmldsigjs.XmlDsigC14NTransform();
  canonical.LoadInnerXml(document as unknown as Parameters<typeof canonical.LoadInnerXml>[0]);
  reference.DigestValue = sha256(new TextEncoder().encode(canonical.GetOutput()));
  return reference;
}

/** Where the root's end tag starts: the last `</name` followed only by comments, PIs and spaces. */
function rootEndTagAt(text: string, tagName: string): number {
  const misc = /^>(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*$/;
  for (let at = text.lastIndexOf(`</${tagName}`); at >= 0; at = text.lastIndexOf(`</${tagName}`, at - 1)) {
    if (misc.test(text.slice(at + tagName.length + 2).replace(/^\s+>/, '>'))) return at;
  }
  return -1;
}

/**
 * Signs an XML document with an enveloped XAdES-BES signature appended to its root. Refuses a
 * document that already holds a ds:Signature (`xml.already_signed`): that one would break.
 */
export async function signXmlEnveloped(
  xml: Uint8Array,
  signer: SignerCredentials,
  options: XadesOptions,
): Promise<Uint8Array> {
  const input = decodeXml(xml);
  const libraries = await loadXmlLibraries();
  const document = parseXml(libraries, input.text);
  const root = document.documentElement;
  if (!root) throw new SigningError({ code: 'xml.malformed', message: 'The XML has no root element.' });
  if (document.getElementsByTagNameNS(DSIG_NS, 'Signature').length > 0) {
    throw new SigningError({
      code: 'xml.already_signed',
      message: 'The XML is already signed; an enveloped signature would break it.',
    });
  }
  const signature = await createSignatureElement(libraries, {
    signer,
    options,
    data: { document },
    mediaType: 'text/xml',
  });
  const serializer = new libraries.xmldom.XMLSerializer();
  const at = rootEndTagAt(input.text, root.tagName);
  if (at >= 0) {
    const text = input.text.slice(0, at) + serializer.serializeToString(signature) + input.text.slice(at);
    return encodeXml(text, input);
  }
  // A self-closed root (`<root/>`): the document is written again by the DOM serializer.
  root.appendChild(document.importNode(signature, true));
  const declaration = /^<\?xml[^>]*\?>/.exec(input.text)?.[0];
  const body = serializer.serializeToString(document).replace(/^<\?xml[^>]*\?>/, '');
  return encodeXml(`${declaration ?? ''}${body}`, input);
}

/**
 * A detached XAdES-BES signature of `file` (`<name>.xades`): a ds:Signature document whose
 * reference names the file by its URI-encoded name and digests its bytes as they are.
 */
export async function signDetachedXades(
  file: Uint8Array,
  { fileName, mediaType }: { fileName: string; mediaType: string },
  signer: SignerCredentials,
  options: XadesOptions,
): Promise<Uint8Array> {
  const libraries = await loadXmlLibraries();
  const signature = await createSignatureElement(libraries, {
    signer,
    options,
    data: { bytes: file, uri: encodeURIComponent(fileName) },
    mediaType,
  });
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new libraries.xmldom.XMLSerializer().serializeToString(signature)}`;
  return new TextEncoder().encode(text);
}
