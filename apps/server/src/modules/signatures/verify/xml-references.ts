import type { Document, Element } from '@xmldom/xmldom';
import type { DetachedContent } from '../signatures.types.js';
import { parseSafeXml } from './safe-xml.js';
import { digest, hashFromXmlUri, isWeakHash, sameBytes } from './signature-crypto.js';
import { INCLUSIVE_C14N, c14nMethod, canonicalize } from './xml-c14n.js';
import { DSIG_NS, base64Of, childElements, firstChild, isDocument, isElement, isInside } from './xml-dom.js';

const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const BASE64 = 'http://www.w3.org/2000/09/xmldsig#base64';
const XPATH = 'http://www.w3.org/TR/1999/REC-xpath-19991116';
export const OBJECT_TYPE = 'http://www.w3.org/2000/09/xmldsig#Object';
export const SIGNED_PROPERTIES_TYPE = 'http://uri.etsi.org/01903#SignedProperties';

type ElementFilter = (element: Element) => boolean;

type Data =
  | { kind: 'nodes'; node: Document | Element; excluded: ElementFilter[]; withComments: boolean }
  | { kind: 'octets'; bytes: Uint8Array };

/**
 * The outcome of one ds:Reference:
 * - `intact` / `digest_mismatch`: the digest was computed;
 * - `missing`: an external reference whose file was not supplied (integrity unknown);
 * - `unsupported`: an algorithm or transform this verifier does not implement (unknown);
 * - `not_found`: the reference does not resolve, or resolves somewhere a wrapping attack would
 *   put it (duplicate Ids, an Object outside this signature, foreign SignedProperties…).
 */
export interface ReferenceResult {
  uri: string | null;
  status: 'intact' | 'digest_mismatch' | 'missing' | 'unsupported' | 'not_found';
  message: string;
  target: Document | Element | null;
  enveloped: boolean;
  external: boolean;
  weakDigest: boolean;
}

export interface ReferenceContext {
  document: Document;
  signature: Element;
  /** This signature's SignedProperties (inside its QualifyingProperties), if any. */
  signedProperties: Element | null;
  ids: Map<string, Element[]>;
  detachedContent: DetachedContent[];
}

export async function checkReference(
  reference: Element,
  context: ReferenceContext,
): Promise<ReferenceResult> {
  const uri = reference.getAttribute('URI');
  const type = reference.getAttribute('Type');
  const transforms = childElements(
    firstChild(reference, DSIG_NS, 'Transforms') ?? reference,
    DSIG_NS,
    'Transform',
  );
  const enveloped = transforms.some((t) => t.getAttribute('Algorithm') === ENVELOPED || isSignatureXPath(t));
  const base = { uri, target: null, enveloped, external: false, weakDigest: false };
  const result = (
    status: ReferenceResult['status'],
    message: string,
    extra: Partial<ReferenceResult> = {},
  ): ReferenceResult => ({
    ...base,
    status,
    message,
    ...extra,
  });

  const hash = hashFromXmlUri(
    firstChild(reference, DSIG_NS, 'DigestMethod')?.getAttribute('Algorithm') ?? '',
  );
  if (!hash) return result('unsupported', `reference ${describe(uri)} uses an unsupported digest algorithm`);
  const expected = base64Of(firstChild(reference, DSIG_NS, 'DigestValue'));
  if (!expected || expected.length === 0)
    return result('digest_mismatch', `reference ${describe(uri)} has a malformed DigestValue`);

  const resolved = resolve(uri, context);
  if ('status' in resolved) return result(resolved.status, resolved.message, { external: resolved.external });
  const wrapping = wrappingProblem({ target: resolved.target, type, enveloped, uri, context });
  if (wrapping) return result('not_found', wrapping, { target: resolved.target });

  const output = await applyTransforms({ data: resolved.data, transforms, signature: context.signature });
  if (typeof output === 'string')
    return result('unsupported', `reference ${describe(uri)}: ${output}`, {
      target: resolved.target,
      external: resolved.external,
    });
  const ok = sameBytes(digest(hash, output), expected);
  return result(
    ok ? 'intact' : 'digest_mismatch',
    ok ? '' : `the digest of reference ${describe(uri)} does not match: the signed data was changed`,
    {
      target: resolved.target,
      external: resolved.external,
      weakDigest: isWeakHash(hash),
    },
  );
}

export function describe(uri: string | null): string {
  if (uri === null) return '(without URI)';
  if (uri === '') return '"" (the whole document)';
  return `"${safeDecode(uri)}"`;
}

type Resolved =
  | { data: Data; target: Document | Element | null; external: boolean }
  | { status: 'missing' | 'not_found' | 'unsupported'; message: string; external: boolean };

function resolve(uri: string | null, context: ReferenceContext): Resolved {
  if (uri === null)
    return {
      status: 'missing',
      message: 'a reference without URI names data only the application knows',
      external: true,
    };
  if (uri === '')
    return {
      data: { kind: 'nodes', node: context.document, excluded: [], withComments: false },
      target: context.document,
      external: false,
    };
  if (uri === '#xpointer(/)')
    return {
      data: { kind: 'nodes', node: context.document, excluded: [], withComments: true },
      target: context.document,
      external: false,
    };
  if (uri.startsWith('#')) {
    const pointer = /^#xpointer\(id\(['"]([^'"]+)['"]\)\)$/.exec(uri);
    const id = pointer?.[1] ?? uri.slice(1);
    const elements = context.ids.get(id) ?? [];
    if (elements.length === 0)
      return {
        status: 'not_found',
        message: `reference ${describe(uri)} points at no element`,
        external: false,
      };
    if (elements.length > 1) {
      return {
        status: 'not_found',
        message: `${elements.length} elements carry the Id "${id}" of reference ${describe(uri)} (signature wrapping)`,
        external: false,
      };
    }
    const element = elements[0] as Element;
    return {
      data: { kind: 'nodes', node: element, excluded: [], withComments: pointer !== null },
      target: element,
      external: false,
    };
  }
  const content = findDetached(uri, context.detachedContent);
  if (!content)
    return {
      status: 'missing',
      message: `the signed file ${describe(uri)} was not supplied`,
      external: true,
    };
  return { data: { kind: 'octets', bytes: content.bytes }, target: null, external: true };
}

function findDetached(uri: string, supplied: DetachedContent[]): DetachedContent | null {
  const decoded = safeDecode(uri).replace(/^\.\//, '');
  const base = (name: string) => name.split(/[/\\]/).pop() ?? name;
  return (
    supplied.find((c) => c.name === uri || c.name === decoded) ??
    supplied.find((c) => base(c.name) === base(decoded)) ??
    null
  );
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Signature-wrapping defences: where a reference may point. */
function wrappingProblem(input: {
  target: Document | Element | null;
  type: string | null;
  enveloped: boolean;
  uri: string | null;
  context: ReferenceContext;
}): string | null {
  const { target, context } = input;
  const name = describe(input.uri);
  if (input.enveloped) {
    const root = context.document.documentElement;
    if (target !== context.document && target !== root)
      return `the enveloped reference ${name} does not sign the whole document`;
    // The signature must sit inside the signed root (not be the root itself).
    if (context.signature === root || !root || !isInside(context.signature, root)) {
      return `the enveloped reference ${name} does not contain the signature`;
    }
  }
  if (!isElement(target)) return null;
  const isObject = target.namespaceURI === DSIG_NS && target.localName === 'Object';
  if ((isObject || input.type === OBJECT_TYPE) && !(isObject && target.parentNode === context.signature)) {
    return `reference ${name} points at an Object that is not a child of this signature (signature wrapping)`;
  }
  const isSignedProperties =
    target.localName === 'SignedProperties' &&
    target.namespaceURI?.startsWith('http://uri.etsi.org/01903/') === true;
  if ((input.type === SIGNED_PROPERTIES_TYPE || isSignedProperties) && target !== context.signedProperties) {
    return `reference ${name} points at SignedProperties outside this signature's QualifyingProperties (signature wrapping)`;
  }
  return null;
}

/** `not(ancestor-or-self::ds:Signature)`: the XPath form of the enveloped transform. */
function isSignatureXPath(transform: Element): boolean {
  const expression = xpathExpression(transform);
  const match = expression
    ? /^not\(ancestor-or-self::([A-Za-z_][\w.-]*):Signature\)$/.exec(expression)
    : null;
  return (
    match !== null && firstChild(transform, DSIG_NS, 'XPath')?.lookupNamespaceURI(match[1] ?? '') === DSIG_NS
  );
}

function xpathExpression(transform: Element): string | null {
  if (transform.getAttribute('Algorithm') !== XPATH) return null;
  return (firstChild(transform, DSIG_NS, 'XPath')?.textContent ?? '').replace(/\s+/g, '');
}

/**
 * The two XPath filters real signatures use, as "drop these elements": every ds:Signature, or
 * every element with a given local name and namespace. Null for any other expression.
 */
function signatureXPathFilter(transform: Element): ElementFilter | null {
  const expression = xpathExpression(transform);
  if (!expression) return null;
  if (isSignatureXPath(transform)) return (e) => e.namespaceURI === DSIG_NS && e.localName === 'Signature';
  const byName =
    /^not\(ancestor-or-self::\*\[local-name\(\)=['"]([\w.-]+)['"]andnamespace-uri\(\)=['"]([^'"]+)['"]\]\)$/.exec(
      expression,
    );
  if (byName) return (e) => e.localName === byName[1] && e.namespaceURI === byName[2];
  return null;
}

async function applyTransforms(input: {
  data: Data;
  transforms: Element[];
  signature: Element;
}): Promise<Uint8Array | string> {
  let data = input.data;
  for (const transform of input.transforms) {
    const algorithm = transform.getAttribute('Algorithm') ?? '';
    if (algorithm === BASE64) {
      const text = data.kind === 'octets' ? Buffer.from(data.bytes).toString('latin1') : textContent(data);
      data = { kind: 'octets', bytes: new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'base64')) };
      continue;
    }
    if (data.kind === 'octets') {
      const parsed = await parseSafeXml(data.bytes);
      if (!parsed.ok) return 'the referenced data is not XML the transforms can apply to';
      data = { kind: 'nodes', node: parsed.document, excluded: [], withComments: false };
    }
    const excluded = data.excluded;
    if (algorithm === ENVELOPED) {
      data = { ...data, excluded: [...excluded, (e) => e === input.signature] };
      continue;
    }
    if (algorithm === XPATH) {
      const filter = signatureXPathFilter(transform);
      if (!filter) return 'its XPath transform is not supported';
      data = { ...data, excluded: [...excluded, filter] };
      continue;
    }
    const prefixes = firstChild(
      transform,
      'http://www.w3.org/2001/10/xml-exc-c14n#',
      'InclusiveNamespaces',
    )?.getAttribute('PrefixList');
    const method = c14nMethod(algorithm, prefixes ? prefixes.trim().split(/\s+/) : []);
    if (!method) return `its transform ${algorithm || '(none)'} is not supported`;
    // A node-set from a same-document URI drops comments whatever the method says.
    const canonical = canonicalize({
      node: data.node,
      method: { ...method, withComments: method.withComments && data.withComments },
      excluded: excludes(excluded),
    });
    data = { kind: 'octets', bytes: new Uint8Array(Buffer.from(canonical, 'utf8')) };
  }
  if (data.kind === 'octets') return data.bytes;
  const canonical = canonicalize({
    node: data.node,
    method: { ...INCLUSIVE_C14N, withComments: data.withComments },
    excluded: excludes(data.excluded),
  });
  return new Uint8Array(Buffer.from(canonical, 'utf8'));
}

function excludes(filters: ElementFilter[]): ElementFilter {
  return (e) => filters.some((f) => f(e));
}

/** The string value of a node-set: its text nodes in order. */
function textContent(data: Extract<Data, { kind: 'nodes' }>): string {
  const skip = excludes(data.excluded);
  const root = isDocument(data.node) ? data.node.documentElement : data.node;
  if (!root || skip(root)) return '';
  const parts: string[] = [];
  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (isElement(child)) {
        if (!skip(child)) walk(child);
      } else if (child.nodeType === 3 || child.nodeType === 4) parts.push(child.nodeValue ?? '');
    }
  };
  walk(root);
  return parts.join('');
}
