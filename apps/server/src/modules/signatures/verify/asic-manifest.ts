import type { ReportMessage } from '../signatures.types.js';
import { parseSafeXml } from './safe-xml.js';
import { digest, hashFromXmlUri, sameBytes } from './signature-crypto.js';
import { DSIG_NS, base64Of, childElements, firstChild } from './xml-dom.js';
import { note } from './verify.report.js';

const ASIC_NS = 'http://uri.etsi.org/02918/v1.2.1#';

export interface AsicManifest {
  name: string;
  bytes: Uint8Array;
  /** Data files whose digest does not match the manifest, or that are missing. */
  problems: ReportMessage[];
}

/**
 * The ASiCManifest whose SigReference names this CAdES signature (ASiC-E), with every listed
 * data file's digest checked. Null when no manifest refers to the signature (ASiC-S).
 */
export async function checkAsicManifest(input: {
  signatureName: string;
  entries: Map<string, Uint8Array>;
}): Promise<AsicManifest | null> {
  for (const [name, bytes] of input.entries) {
    if (!/^META-INF\/ASiCManifest[^/]*\.xml$/i.test(name)) continue;
    const parsed = await parseSafeXml(bytes);
    if (!parsed.ok) continue;
    const root = parsed.document.documentElement;
    if (!root || root.namespaceURI !== ASIC_NS || root.localName !== 'ASiCManifest') continue;
    if (firstChild(root, ASIC_NS, 'SigReference')?.getAttribute('URI') !== input.signatureName) continue;
    const problems: ReportMessage[] = [];
    for (const reference of childElements(root, ASIC_NS, 'DataObjectReference')) {
      const uri = reference.getAttribute('URI') ?? '';
      const file = input.entries.get(decodeURIComponent(uri)) ?? input.entries.get(uri);
      const hash = hashFromXmlUri(
        firstChild(reference, DSIG_NS, 'DigestMethod')?.getAttribute('Algorithm') ?? '',
      );
      const expected = base64Of(firstChild(reference, DSIG_NS, 'DigestValue'));
      if (!file) problems.push(note('asic.file_missing', `The container lacks the signed file "${uri}".`));
      else if (!hash || !expected || !sameBytes(digest(hash, file), expected)) {
        problems.push(
          note(
            'signature.reference_digest_mismatch',
            `The digest of "${uri}" does not match the manifest: the file was changed.`,
          ),
        );
      }
    }
    return { name, bytes, problems };
  }
  return null;
}
