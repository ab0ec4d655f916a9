import type { PDFContext, PDFDict, PDFDocument, PDFObject } from 'pdf-lib';
import { MAX_PDF_COMPARED_OBJECTS } from './verify.constants.js';
import { loadPdfLib } from './verify.libs.js';

type PdfLib = Awaited<ReturnType<typeof loadPdfLib>>;

/**
 * Catalog entries a later revision may change without touching what the signer saw: the form
 * (signature fields), the document security store, extensions, XMP metadata, the structure tree
 * (tagging of new widgets) and the version. Everything else (/Names, /OpenAction, /AA,
 * /OCProperties, …) must be unchanged.
 */
const TOLERATED_CATALOG_KEYS = new Set([
  '/AcroForm',
  '/DSS',
  '/Extensions',
  '/Metadata',
  '/Pages',
  '/Perms',
  '/Version',
  '/StructTreeRoot',
]);

class TooComplex extends Error {}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument | null> {
  const { PDFDocument } = await loadPdfLib();
  try {
    return await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: false,
      updateMetadata: false,
      parseSpeed: Number.POSITIVE_INFINITY,
    });
  } catch {
    return null;
  }
}

/**
 * What the revisions appended after a signature changed in what the signer saw: the pages (count,
 * content, resources, annotations other than signature widgets), the catalog (except the entries
 * above) and the values of form fields other than signature fields. An empty list means only
 * signatures, signature widgets, validation data (DSS), document timestamps or metadata (Info, XMP)
 * were added. Null when the revisions could not be analysed (then the caller must assume the worst).
 */
export async function findChangesAfterSigning(input: {
  signedRevision: Uint8Array;
  fullDocument: PDFDocument;
}): Promise<string[] | null> {
  const lib = await loadPdfLib();
  const signed = await loadPdf(input.signedRevision);
  if (!signed) return null;
  try {
    const compare = new Comparer(lib, signed.context, input.fullDocument.context);
    return [
      ...comparePages(compare, signed, input.fullDocument),
      ...compareCatalogs(compare, signed, input.fullDocument),
      ...compareFormFields(compare, signed, input.fullDocument),
    ];
  } catch {
    // TooComplex (the comparison budget ran out) or a malformed object graph.
    return null;
  }
}

function comparePages(compare: Comparer, signed: PDFDocument, full: PDFDocument): string[] {
  const before = compare.pages(signed.catalog, 'a');
  const after = compare.pages(full.catalog, 'b');
  if (before.length !== after.length)
    return [`the number of pages changed from ${before.length} to ${after.length}`];
  const changes: string[] = [];
  before.forEach((page, index) => {
    const other = after[index];
    if (!other) return;
    // /Tabs (tab order) is set by some writers when they add a signature widget.
    if (!compare.same(page, other, new Set(['/Annots', '/Parent', '/Tabs']))) {
      changes.push(`page ${index + 1} content or resources changed`);
      return;
    }
    for (const key of ['/Resources', '/MediaBox', '/CropBox', '/Rotate']) {
      if (!compare.same(compare.inherited(page, key, 'a'), compare.inherited(other, key, 'b'))) {
        changes.push(`page ${index + 1} ${key.slice(1)} changed`);
      }
    }
    changes.push(...compareAnnotations(compare, { page, other, index }));
  });
  return changes;
}

function compareAnnotations(
  compare: Comparer,
  input: { page: PDFDict; other: PDFDict; index: number },
): string[] {
  const before = compare.annotations(input.page, 'a').filter((a) => !compare.isSignatureWidget(a.dict, 'a'));
  const after = compare.annotations(input.other, 'b').filter((a) => !compare.isSignatureWidget(a.dict, 'b'));
  if (before.length !== after.length) return [`annotations were added or removed on page ${input.index + 1}`];
  const ignore = new Set(['/P', '/Parent']);
  return before.some((a, i) => {
    const b = after[i];
    return !b || a.ref !== b.ref || !compare.same(a.dict, b.dict, ignore);
  })
    ? [`annotations changed on page ${input.index + 1}`]
    : [];
}

function compareCatalogs(compare: Comparer, signed: PDFDocument, full: PDFDocument): string[] {
  return compare.same(signed.catalog, full.catalog, TOLERATED_CATALOG_KEYS)
    ? []
    : ['the document catalog (actions, names or layers) changed'];
}

function compareFormFields(compare: Comparer, signed: PDFDocument, full: PDFDocument): string[] {
  const before = compare.formFields(signed.catalog, 'a');
  const after = compare.formFields(full.catalog, 'b');
  const changes: string[] = [];
  const ignore = new Set(['/Kids', '/Parent', '/P']);
  for (const [name, field] of before) {
    const other = after.get(name);
    if (!other || !compare.same(field, other, ignore)) changes.push(`form field "${name}" changed`);
  }
  for (const name of after.keys()) if (!before.has(name)) changes.push(`form field "${name}" added`);
  return changes;
}

/** Structural comparison of two PDF object graphs, bounded and cycle-safe. */
class Comparer {
  private budget = MAX_PDF_COMPARED_OBJECTS;
  /** Reference pairs compared so far: a pair still in progress counts as equal (cycles). */
  private readonly pairs = new Map<string, boolean | 'pending'>();

  constructor(
    private readonly lib: PdfLib,
    private readonly a: PDFContext,
    private readonly b: PDFContext,
  ) {}

  private spend(): void {
    if (--this.budget < 0) throw new TooComplex();
  }

  resolve(value: PDFObject | undefined, side: 'a' | 'b'): PDFObject | undefined {
    if (value instanceof this.lib.PDFRef) return (side === 'a' ? this.a : this.b).lookup(value);
    return value;
  }

  dict(value: PDFObject | undefined, side: 'a' | 'b'): PDFDict | null {
    const resolved = this.resolve(value, side);
    return resolved instanceof this.lib.PDFDict ? resolved : null;
  }

  same(x: PDFObject | undefined, y: PDFObject | undefined, ignoreKeys?: Set<string>): boolean {
    this.spend();
    const { PDFRef, PDFDict, PDFArray, PDFStream } = this.lib;
    if (x instanceof PDFRef || y instanceof PDFRef) {
      const key = `${x instanceof PDFRef ? x.tag : String(x)}|${y instanceof PDFRef ? y.tag : String(y)}`;
      if (ignoreKeys) return this.same(this.resolve(x, 'a'), this.resolve(y, 'b'), ignoreKeys);
      const known = this.pairs.get(key);
      if (known !== undefined) return known !== false;
      this.pairs.set(key, 'pending');
      const result = this.same(this.resolve(x, 'a'), this.resolve(y, 'b'));
      this.pairs.set(key, result);
      return result;
    }
    if (x === undefined || y === undefined) return x === y;
    if (x instanceof PDFStream || y instanceof PDFStream) {
      if (!(x instanceof PDFStream && y instanceof PDFStream)) return false;
      return this.same(x.dict, y.dict) && Buffer.from(x.getContents()).equals(Buffer.from(y.getContents()));
    }
    if (x instanceof PDFDict || y instanceof PDFDict) {
      if (!(x instanceof PDFDict && y instanceof PDFDict)) return false;
      // A page reached from elsewhere (an action, an annotation's /P) is compared without its
      // annotations and parent: pages are compared one by one in comparePages.
      const isPage = String(x.get(this.lib.PDFName.of('Type'))) === '/Page';
      const skip = (k: string) =>
        ignoreKeys?.has(k) === true || (isPage && (k === '/Annots' || k === '/Parent'));
      const keys = (d: PDFDict) =>
        d
          .keys()
          .map(String)
          .filter((k) => !skip(k))
          .sort();
      const kx = keys(x);
      const ky = keys(y);
      if (kx.join(' ') !== ky.join(' ')) return false;
      return kx.every((k) =>
        this.same(x.get(this.lib.PDFName.of(k.slice(1))), y.get(this.lib.PDFName.of(k.slice(1)))),
      );
    }
    if (x instanceof PDFArray || y instanceof PDFArray) {
      if (!(x instanceof PDFArray && y instanceof PDFArray) || x.size() !== y.size()) return false;
      return x.asArray().every((item, i) => this.same(item, y.get(i)));
    }
    return x.constructor === y.constructor && x.toString() === y.toString();
  }

  /** Leaf pages in order, walking /Kids with a visited set (a cyclic tree cannot loop). */
  pages(catalog: PDFDict, side: 'a' | 'b'): PDFDict[] {
    const pages: PDFDict[] = [];
    const visited = new Set<PDFObject>();
    const walk = (node: PDFObject | undefined, depth: number) => {
      this.spend();
      const dict = this.dict(node, side);
      if (!dict || visited.has(dict) || depth > 64) return;
      visited.add(dict);
      const kids = this.resolve(dict.get(this.lib.PDFName.of('Kids')), side);
      if (kids instanceof this.lib.PDFArray) kids.asArray().forEach((kid) => walk(kid, depth + 1));
      else pages.push(dict);
    };
    walk(catalog.get(this.lib.PDFName.of('Pages')), 0);
    return pages;
  }

  inherited(page: PDFDict, key: string, side: 'a' | 'b'): PDFObject | undefined {
    let node: PDFDict | null = page;
    for (let depth = 0; node && depth < 64; depth++) {
      const value = node.get(this.lib.PDFName.of(key.slice(1)));
      if (value !== undefined) return value;
      node = this.dict(node.get(this.lib.PDFName.of('Parent')), side);
    }
    return undefined;
  }

  annotations(page: PDFDict, side: 'a' | 'b'): { ref: string; dict: PDFDict }[] {
    const annots = this.resolve(page.get(this.lib.PDFName.of('Annots')), side);
    if (!(annots instanceof this.lib.PDFArray)) return [];
    return annots.asArray().flatMap((item, index) => {
      const dict = this.dict(item, side);
      if (!dict) return [];
      return [{ ref: item instanceof this.lib.PDFRef ? item.tag : `#${index}`, dict }];
    });
  }

  /** A widget of a signature field (its own /FT or an ancestor field's is /Sig). */
  isSignatureWidget(annotation: PDFDict, side: 'a' | 'b'): boolean {
    const { PDFName } = this.lib;
    if (String(annotation.get(PDFName.of('Subtype'))) !== '/Widget') return false;
    return this.fieldType(annotation, side) === '/Sig';
  }

  private fieldType(field: PDFDict, side: 'a' | 'b'): string | null {
    let node: PDFDict | null = field;
    for (let depth = 0; node && depth < 16; depth++) {
      const type = this.resolve(node.get(this.lib.PDFName.of('FT')), side);
      if (type) return String(type);
      node = this.dict(node.get(this.lib.PDFName.of('Parent')), side);
    }
    return null;
  }

  /** Terminal form fields other than signature fields, by fully qualified name. */
  formFields(catalog: PDFDict, side: 'a' | 'b'): Map<string, PDFDict> {
    const { PDFName, PDFArray } = this.lib;
    const fields = new Map<string, PDFDict>();
    const acroForm = this.dict(catalog.get(PDFName.of('AcroForm')), side);
    const visited = new Set<PDFDict>();
    const walk = (node: PDFObject | undefined, prefix: string, depth: number) => {
      this.spend();
      const dict = this.dict(node, side);
      if (!dict || visited.has(dict) || depth > 32) return;
      visited.add(dict);
      const partial = this.resolve(dict.get(PDFName.of('T')), side);
      const name = partial ? `${prefix}${prefix ? '.' : ''}${decodePdfString(partial)}` : prefix;
      const kids = this.resolve(dict.get(PDFName.of('Kids')), side);
      const childFields =
        kids instanceof PDFArray
          ? kids.asArray().filter((k) => this.dict(k, side)?.get(PDFName.of('T')))
          : [];
      if (childFields.length > 0) {
        childFields.forEach((kid) => walk(kid, name, depth + 1));
      } else if (this.fieldType(dict, side) !== '/Sig') {
        fields.set(name || `#${fields.size}`, dict);
      }
    };
    const roots = this.resolve(acroForm?.get(PDFName.of('Fields')), side);
    if (roots instanceof PDFArray) roots.asArray().forEach((root) => walk(root, '', 0));
    return fields;
  }
}

function decodePdfString(value: PDFObject): string {
  const decodable = value as { decodeText?: () => string };
  try {
    return decodable.decodeText ? decodable.decodeText() : value.toString();
  } catch {
    return value.toString();
  }
}
