import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { c14nMethod, canonicalize } from './xml-c14n.js';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const inclusive = c14nMethod('http://www.w3.org/TR/2001/REC-xml-c14n-20010315');
const exclusive = c14nMethod('http://www.w3.org/2001/10/xml-exc-c14n#');

describe('canonical XML of a signed element', () => {
  const document = parse(
    '<a xmlns="urn:a" xmlns:p="urn:p" xmlns:unused="urn:u" xml:lang="pl"><b y="2" p:x="1"><c/></b></a>',
  );
  const b = document.documentElement?.firstChild as Parameters<typeof canonicalize>[0]['node'];

  test('inclusive C14N carries the namespaces and xml:* attributes inherited from ancestors', () => {
    expect(canonicalize({ node: b, method: inclusive! })).toBe(
      '<b xmlns="urn:a" xmlns:p="urn:p" xmlns:unused="urn:u" y="2" xml:lang="pl" p:x="1"><c></c></b>',
    );
  });

  test('exclusive C14N renders only the namespaces the element uses', () => {
    expect(canonicalize({ node: b, method: exclusive! })).toBe(
      '<b xmlns="urn:a" xmlns:p="urn:p" y="2" p:x="1"><c></c></b>',
    );
  });

  test('text and attribute values are escaped as the specification says', () => {
    const escaped = parse('<a t="&quot;&#9;&#10;&lt;">x &amp; &lt;y&gt;&#13;</a>');
    expect(canonicalize({ node: escaped, method: inclusive! })).toBe(
      '<a t="&quot;&#x9;&#xA;&lt;">x &amp; &lt;y&gt;&#xD;</a>',
    );
  });

  test('comments are dropped unless the method keeps them, and the document node keeps PIs around the root', () => {
    const withComments = parse('<?pi data?><a><!--c-->x</a><!--after-->');
    expect(canonicalize({ node: withComments, method: inclusive! })).toBe('<?pi data?>\n<a>x</a>');
    const keep = c14nMethod('http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments')!;
    expect(canonicalize({ node: withComments, method: keep })).toBe(
      '<?pi data?>\n<a><!--c-->x</a>\n<!--after-->',
    );
  });
});
