import type { Document, Element, Node } from '@xmldom/xmldom';

export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

export function isDocument(node: Node | null | undefined): node is Document {
  return node?.nodeType === 9;
}

/** XAdES namespaces (1.1.1, 1.2.2, 1.3.2, 1.4.1). */
export function isXadesNs(namespace: string | null): boolean {
  return namespace?.startsWith('http://uri.etsi.org/01903/v1.') === true;
}

export function childElements(parent: Node, namespace?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    if (namespace !== undefined && child.namespaceURI !== namespace) continue;
    if (localName !== undefined && child.localName !== localName) continue;
    out.push(child);
  }
  return out;
}

export function firstChild(parent: Node, namespace: string, localName: string): Element | null {
  return childElements(parent, namespace, localName)[0] ?? null;
}

/** A child in any XAdES namespace. */
export function xadesChild(parent: Node, localName: string): Element | null {
  return childElements(parent).find((c) => isXadesNs(c.namespaceURI) && c.localName === localName) ?? null;
}

export function xadesChildren(parent: Node, localName: string): Element[] {
  return childElements(parent).filter((c) => isXadesNs(c.namespaceURI) && c.localName === localName);
}

/** Descendant elements in document order (iterative). */
export function descendants(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    if (match(node)) out.push(node);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}

export function isInside(node: Node, ancestor: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}

export function textOf(element: Element | null): string | null {
  return element ? (element.textContent ?? '') : null;
}

/** Base64 element content (whitespace ignored); null when it is not base64. */
export function base64Of(element: Element | null): Uint8Array | null {
  const text = textOf(element)?.replace(/\s+/g, '');
  if (text === undefined || text === null || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Every element carrying an `Id`/`ID`/`id` attribute (any namespace), by value. */
export function indexIds(document: Document): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  for (const element of descendants(document, () => true)) {
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (!attribute || !['Id', 'ID', 'id'].includes(attribute.localName ?? '')) continue;
      const list = index.get(attribute.value) ?? [];
      if (list.includes(element)) continue;
      list.push(element);
      index.set(attribute.value, list);
    }
  }
  return index;
}
