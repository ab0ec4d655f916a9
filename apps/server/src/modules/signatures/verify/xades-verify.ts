import type { Document, Element } from '@xmldom/xmldom';
import type { SignaturePackaging, SignatureReport } from '../signatures.types.js';
import { earliestTimestamp, type FormatResult } from './cades-verify.js';
import { parseCertificates } from './certificates.js';
import { parseSafeXml } from './safe-xml.js';
import { completeReport, type SignatureFindings } from './signature-report.js';
import { weakAlgorithmWarning } from './signature-crypto.js';
import { verifyTimestampToken, type VerifiedTimestamp } from './timestamp-verify.js';
import type { VerifyContext } from './verify.context.js';
import { note } from './verify.report.js';
import { readXadesProperties, type XadesProperties } from './xades-properties.js';
import { canonicalize } from './xml-c14n.js';
import { DSIG_NS, childElements, descendants, firstChild, indexIds, isElement, isInside } from './xml-dom.js';
import { keyInfoCertificates } from './xml-keys.js';
import { checkSignatureValue, type Tally } from './xml-signature-value.js';
import { checkReference, type ReferenceResult } from './xml-references.js';

const isSignatureElement = (e: Element) => e.namespaceURI === DSIG_NS && e.localName === 'Signature';

/** An XML file: every top-level ds:Signature (counter-signatures nested in properties are skipped). */
export async function verifyXmlFile(input: {
  bytes: Uint8Array;
  context: VerifyContext;
}): Promise<FormatResult> {
  const parsed = await parseSafeXml(input.bytes);
  if (!parsed.ok) return { detectedFormat: 'unreadable', signatures: [], errors: [parsed.error] };
  const { document } = parsed;
  const signatures = descendants(document, (e) => isSignatureElement(e) && !hasSignatureAncestor(e));
  if (signatures.length === 0) {
    return {
      detectedFormat: 'unsigned',
      signatures: [],
      errors: [note('xml.no_signature', 'The XML document holds no ds:Signature.')],
    };
  }
  const ids = indexIds(document);
  const reports: SignatureReport[] = [];
  for (const signature of signatures) {
    const findings = await xmlSignatureFindings({ signature, document, ids, context: input.context });
    reports.push(await completeReport(findings, input.context));
  }
  return {
    detectedFormat: reports.some((r) => r.format === 'XAdES') ? 'XAdES' : 'XMLDSig',
    signatures: reports,
    errors: [],
  };
}

function hasSignatureAncestor(element: Element): boolean {
  for (let node = element.parentNode; isElement(node); node = node.parentNode)
    if (isSignatureElement(node)) return true;
  return false;
}

async function xmlSignatureFindings(input: {
  signature: Element;
  document: Document;
  ids: Map<string, Element[]>;
  context: VerifyContext;
}): Promise<SignatureFindings> {
  const { signature, context } = input;
  const tally: Tally = { states: [], errors: [], warnings: [], structurallyInvalid: false };
  const xades = readXadesProperties(signature);
  const keyInfo = firstChild(signature, DSIG_NS, 'KeyInfo');
  const keyInfoCerts = await parseCertificates(keyInfoCertificates(keyInfo));
  const certificates = [...keyInfoCerts, ...(await parseCertificates(xades?.certificateValues ?? []))];
  const signedInfo = firstChild(signature, DSIG_NS, 'SignedInfo');
  const signatureValue = firstChild(signature, DSIG_NS, 'SignatureValue');

  const references = signedInfo
    ? await checkReferences({
        signedInfo,
        signature,
        document: input.document,
        ids: input.ids,
        xades,
        keyInfo,
        context,
        tally,
      })
    : [];
  checkXadesStructure({ xades, references, tally });
  const signer =
    signedInfo && signatureValue
      ? checkSignatureValue({ signedInfo, signatureValue, certificates, keyInfoCerts, keyInfo, xades, tally })
      : malformed(tally);
  const timestamp =
    signatureValue && xades ? await xadesTimestamp({ signatureValue, xades, context, tally }) : null;
  if (!xades)
    tally.warnings.push(
      note(
        'xades.not_xades',
        'A plain XML-DSig signature without XAdES properties (no signing certificate binding, no signing time).',
      ),
    );
  return {
    format: xades ? 'XAdES' : 'XMLDSig',
    packaging: packagingOf(references, signature),
    integrity: tally.states.includes('broken')
      ? 'broken'
      : tally.states.includes('unknown')
        ? 'unknown'
        : 'intact',
    structurallyInvalid: tally.structurallyInvalid,
    signer: signer.certificate,
    certificates,
    crls: [],
    claimedSigningTime: xades?.signingTime ?? null,
    timestamp,
    hasValidationData: xades?.hasValidationData ?? false,
    hasArchiveTimestamp: xades?.hasArchiveTimestamp ?? false,
    baselineLevels: xades !== null,
    coversWholeDocument: null,
    signerNameFallback: signer.keyOnly ? 'public key without certificate' : null,
    errors: tally.errors,
    warnings: tally.warnings,
  };
}

function malformed(tally: Tally): { certificate: null; keyOnly: false } {
  tally.states.push('broken');
  tally.structurallyInvalid = true;
  tally.errors.push(
    note('xml.signature_malformed', 'The ds:Signature has no SignedInfo or no SignatureValue.'),
  );
  return { certificate: null, keyOnly: false };
}

async function checkReferences(input: {
  signedInfo: Element;
  signature: Element;
  document: Document;
  ids: Map<string, Element[]>;
  xades: XadesProperties | null;
  keyInfo: Element | null;
  context: VerifyContext;
  tally: Tally;
}): Promise<ReferenceResult[]> {
  const { tally } = input;
  const elements = childElements(input.signedInfo, DSIG_NS, 'Reference');
  const results: ReferenceResult[] = [];
  for (const reference of elements) {
    results.push(
      await checkReference(reference, {
        document: input.document,
        signature: input.signature,
        signedProperties: input.xades?.signedProperties ?? null,
        ids: input.ids,
        detachedContent: input.context.detachedContent,
      }),
    );
  }
  const verifiedCount = results.filter((r) => r.status === 'intact').length;
  for (const result of results) {
    switch (result.status) {
      case 'intact':
        if (result.weakDigest) tally.warnings.push(weakAlgorithmWarning());
        break;
      case 'digest_mismatch':
        tally.states.push('broken');
        tally.errors.push(note('signature.reference_digest_mismatch', capitalise(`${result.message}.`)));
        break;
      case 'missing':
        tally.states.push('unknown');
        tally.errors.push(
          note(
            'signature.detached_content_missing',
            `The signature is detached: ${result.message}, so it cannot be fully verified${verifiedCount > 0 ? ` (the other ${verifiedCount} reference(s) verified)` : ''}.`,
          ),
        );
        break;
      case 'unsupported':
        tally.states.push('unknown');
        tally.errors.push(note('signature.unsupported_algorithm', capitalise(`${result.message}.`)));
        break;
      case 'not_found':
        tally.states.push('broken');
        tally.structurallyInvalid = true;
        tally.errors.push(note('signature.signed_data_not_found', capitalise(`${result.message}.`)));
        break;
    }
  }
  const ownParts = (r: ReferenceResult) =>
    isElement(r.target) &&
    (r.target === input.xades?.signedProperties ||
      (input.keyInfo !== null && isInside(r.target, input.keyInfo)));
  if (results.filter((r) => !ownParts(r)).length === 0) {
    tally.structurallyInvalid = true;
    tally.states.push('broken');
    tally.errors.push(
      note('signature.no_signed_data', 'The signature references no data besides its own properties.'),
    );
  }
  return results;
}

function checkXadesStructure(input: {
  xades: XadesProperties | null;
  references: ReferenceResult[];
  tally: Tally;
}): void {
  const { xades, tally } = input;
  if (!xades) return;
  for (const problem of xades.problems) {
    tally.structurallyInvalid = true;
    tally.errors.push(problem);
  }
  const signed = xades.signedProperties;
  if (!signed || !input.references.some((r) => r.target === signed && r.status !== 'not_found')) {
    tally.structurallyInvalid = true;
    tally.states.push('broken');
    tally.errors.push(
      note(
        'xades.signed_properties_not_signed',
        "The signature's own SignedProperties are not covered by a reference (signed data not found).",
      ),
    );
  }
}

/** XAdES SignatureTimeStamp: over the canonicalized ds:SignatureValue element. */
async function xadesTimestamp(input: {
  signatureValue: Element;
  xades: XadesProperties;
  context: VerifyContext;
  tally: Tally;
}): Promise<VerifiedTimestamp | null> {
  const verified: VerifiedTimestamp[] = [];
  for (const { token, method } of input.xades.signatureTimestamps) {
    const imprintOf = new Uint8Array(
      Buffer.from(canonicalize({ node: input.signatureValue, method }), 'utf8'),
    );
    const outcome = await verifyTimestampToken({ token, imprintOf, context: input.context });
    if (outcome.ok) verified.push(outcome.timestamp);
    else input.tally.warnings.push(outcome.problem);
  }
  return earliestTimestamp(verified);
}

function packagingOf(references: ReferenceResult[], signature: Element): SignaturePackaging {
  if (references.some((r) => r.enveloped)) return 'enveloped';
  if (
    references.some(
      (r) => isElement(r.target) && r.target.parentNode === signature && r.target.localName === 'Object',
    )
  )
    return 'enveloping';
  return 'detached';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
