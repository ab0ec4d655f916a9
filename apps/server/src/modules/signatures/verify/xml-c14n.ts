import type { Attr, Document, Element, Node } from '@xmldom/xmldom';
import { XMLNS_NS, isDocument, isElement } from './xml-dom.js';

export interface C14nMethod {
  exclusive: boolean;
  withComments: boolean;
  /** C14N 1.1: only xml:lang and xml:space are inherited by the apex (no xml:id, xml:base). */
  version11: boolean;
  /** Exclusive C14N's InclusiveNamespaces PrefixList (`#default` = the default namespace). */
  inclusivePrefixes: string[];
}

const methods: Record<string, Omit<C14nMethod, 'inclusivePrefixes'>> = {
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315': {
    exclusive: false,
    withComments: false,
    version11: false,
  },
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments': {
    exclusive: false,
    withComments: true,
    version11: false,
  },
  'http://www.w3.org/2006/12/xml-c14n11': { exclusive: false, withComments: false, version11: true },
  'http://www.w3.org/2006/12/xml-c14n11#WithComments': {
    exclusive: false,
    withComments: true,
    version11: true,
  },
  'http://www.w3.org/2001/10/xml-exc-c14n#': { exclusive: true, withComments: false, version11: false },
  'http://www.w3.org/2001/10/xml-exc-c14n#WithComments': {
    exclusive: true,
    withComments: true,
    version11: false,
  },
};

export const INCLUSIVE_C14N: C14nMethod = {
  exclusive: false,
  withComments: false,
  version11: false,
  inclusivePrefixes: [],
};

export function c14nMethod(uri: string | null, inclusivePrefixes: string[] = []): C14nMethod | null {
  const method = uri ? methods[uri] : undefined;
  return method ? { ...method, inclusivePrefixes: method.exclusive ? inclusivePrefixes : [] } : null;
}

type Namespaces = Map<string, string>;

/**
 * Canonical XML (1.0, 1.1 and Exclusive 1.0, with or without comments) of a document or of an
 * element subtree, optionally without some subtrees (`excluded`: the enveloped signature, XPath
 * filtered elements). These are the only node-sets XML-DSig references produce here.
 */
export function canonicalize(input: {
  node: Document | Element;
  method: C14nMethod;
  excluded?: (element: Element) => boolean;
}): string {
  const writer = new Writer(input.method, input.excluded ?? (() => false));
  if (isDocument(input.node)) writer.document(input.node);
  else
    writer.element({
      element: input.node,
      rendered: new Map(),
      parentScope: scopeOfParent(input.node),
      apex: true,
    });
  return writer.out.join('');
}

class Writer {
  readonly out: string[] = [];

  constructor(
    private readonly method: C14nMethod,
    private readonly excluded: (element: Element) => boolean,
  ) {}

  document(document: Document): void {
    let seenRoot = false;
    for (let child = document.firstChild; child; child = child.nextSibling) {
      if (isElement(child)) {
        seenRoot = true;
        this.element({ element: child, rendered: new Map(), parentScope: new Map(), apex: false });
      } else if (child.nodeType === 7 || (child.nodeType === 8 && this.method.withComments)) {
        if (child.nodeType === 7 && child.nodeName === 'xml') continue;
        if (seenRoot) this.out.push('\n');
        this.leaf(child);
        if (!seenRoot) this.out.push('\n');
      }
    }
  }

  element(input: { element: Element; rendered: Namespaces; parentScope: Namespaces; apex: boolean }): void {
    const { element, rendered } = input;
    if (this.excluded(element)) return;
    const scope = new Map(input.parentScope);
    for (const [prefix, uri] of declarationsOf(element)) scope.set(prefix, uri);
    const namespaces = this.namespacesToRender(element, scope, rendered);
    const childRendered = new Map(rendered);
    for (const [prefix, uri] of namespaces) childRendered.set(prefix, uri);
    const attributes = this.attributesToRender(element, input.apex);

    this.out.push('<', element.nodeName);
    for (const [prefix, uri] of namespaces) {
      this.out.push(prefix ? ` xmlns:${prefix}="` : ' xmlns="', escapeAttribute(uri), '"');
    }
    for (const attribute of attributes)
      this.out.push(' ', attribute.nodeName, '="', escapeAttribute(attribute.value), '"');
    this.out.push('>');
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (isElement(child))
        this.element({ element: child, rendered: childRendered, parentScope: scope, apex: false });
      else this.leaf(child);
    }
    this.out.push('</', element.nodeName, '>');
  }

  private leaf(node: Node): void {
    switch (node.nodeType) {
      case 3:
      case 4:
        this.out.push(escapeText(node.nodeValue ?? ''));
        break;
      case 7: {
        const data = node.nodeValue ?? '';
        this.out.push('<?', node.nodeName, data ? ` ${data}` : '', '?>');
        break;
      }
      case 8:
        if (this.method.withComments) this.out.push('<!--', node.nodeValue ?? '', '-->');
        break;
    }
  }

  private namespacesToRender(element: Element, scope: Namespaces, rendered: Namespaces): [string, string][] {
    const out: [string, string][] = [];
    const consider = (prefix: string) => {
      if (prefix === 'xml') return;
      const uri = scope.get(prefix) ?? '';
      const current = rendered.get(prefix) ?? '';
      if (prefix === '' ? uri !== current : uri !== '' && rendered.get(prefix) !== uri)
        out.push([prefix, uri]);
    };
    if (this.method.exclusive) {
      const utilised = new Set<string>([element.prefix ?? '']);
      for (const attribute of ownAttributes(element)) if (attribute.prefix) utilised.add(attribute.prefix);
      for (const prefix of this.method.inclusivePrefixes) {
        const key = prefix === '#default' ? '' : prefix;
        if (scope.has(key)) utilised.add(key);
      }
      utilised.forEach(consider);
    } else {
      new Set(['', ...scope.keys()]).forEach(consider);
    }
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private attributesToRender(element: Element, apex: boolean): Attr[] {
    const attributes = ownAttributes(element);
    if (apex && !this.method.exclusive) {
      const inheritable = this.method.version11 ? ['lang', 'space'] : null;
      const names = new Set(attributes.map((a) => a.nodeName));
      for (let node = element.parentNode; isElement(node); node = node.parentNode) {
        for (const attribute of ownAttributes(node)) {
          if (attribute.prefix !== 'xml' || names.has(attribute.nodeName)) continue;
          if (inheritable && !inheritable.includes(attribute.localName ?? '')) continue;
          names.add(attribute.nodeName);
          attributes.push(attribute);
        }
      }
    }
    const key = (a: Attr) => [a.namespaceURI ?? '', a.localName ?? a.nodeName] as const;
    return attributes.sort((a, b) => {
      const [na, la] = key(a);
      const [nb, lb] = key(b);
      if (na !== nb) return na < nb ? -1 : 1;
      return la < lb ? -1 : la > lb ? 1 : 0;
    });
  }
}

function isNamespaceDeclaration(attribute: Attr): boolean {
  return (
    attribute.namespaceURI === XMLNS_NS ||
    attribute.nodeName === 'xmlns' ||
    attribute.nodeName.startsWith('xmlns:')
  );
}

function ownAttributes(element: Element): Attr[] {
  const out: Attr[] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute && !isNamespaceDeclaration(attribute)) out.push(attribute);
  }
  return out;
}

function declarationsOf(element: Element): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (!attribute || !isNamespaceDeclaration(attribute)) continue;
    out.push([attribute.nodeName === 'xmlns' ? '' : attribute.nodeName.slice(6), attribute.value]);
  }
  return out;
}

/** Namespaces in scope at the element's parent (declarations of all ancestors). */
function scopeOfParent(element: Element): Namespaces {
  const chain: Element[] = [];
  for (let node = element.parentNode; isElement(node); node = node.parentNode) chain.unshift(node);
  const scope: Namespaces = new Map();
  for (const ancestor of chain) for (const [prefix, uri] of declarationsOf(ancestor)) scope.set(prefix, uri);
  return scope;
}

function escapeText(value: string): string {
  return value.replace(
    /[&<>\r]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' })[c] ?? c,
  );
}

function escapeAttribute(value: string): string {
  return value.replace(
    /[&<"\t\n\r]/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' })[c] ?? c,
  );
}
