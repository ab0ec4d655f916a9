import { webcrypto } from 'node:crypto';
import type * as Xades from 'xadesjs';
import type * as XmlDsig from 'xmldsigjs';
import { loadOnce } from '../../../shared/load-once.js';

const SIGNED_PROPERTIES_TYPE = 'http://uri.etsi.org/01903#SignedProperties';

/**
 * xadesjs, xmldsigjs and xmldom, loaded at the first XAdES signature (ADR 0008). xml-core (under
 * both) needs a DOM in Node: xmldom's parser and serializer are registered here, and xmldsigjs
 * gets Node's WebCrypto.
 */
export const loadXmlLibraries = loadOnce(async () => {
  const [xadesjs, xmldsigjs, xmldom] = await Promise.all([
    import('xadesjs'),
    import('xmldsigjs'),
    import('@xmldom/xmldom'),
  ]);
  xadesjs.Application.setEngine(
    'NodeJS',
    webcrypto as unknown as Parameters<typeof xadesjs.Application.setEngine>[1],
  );
  xadesjs.setNodeDependencies({
    DOMParser: xmldom.DOMParser,
    XMLSerializer: xmldom.XMLSerializer,
    DOMImplementation: xmldom.DOMImplementation,
  });

  /**
   * xadesjs digests SignedProperties with inclusive C14N, in which the namespaces declared on the
   * signed document's root take part; xmldsigjs does not render them the way other verifiers
   * (xmlsec, DSS) do. An explicit exclusive C14N transform makes the digest independent of where
   * the signature sits.
   */
  class XadesSignedXml extends xadesjs.SignedXml {
    protected override async ApplySignOptions(
      signature: XmlDsig.Signature,
      algorithm: Parameters<Xades.SignedXml['Sign']>[0],
      key: Parameters<Xades.SignedXml['Sign']>[1],
      options: Xades.OptionsXAdES,
    ): Promise<void> {
      await super.ApplySignOptions(signature, algorithm, key, options);
      signature.SignedInfo.References.ForEach((reference) => {
        if (reference.Type !== SIGNED_PROPERTIES_TYPE) return;
        reference.Transforms = new xmldsigjs.Transforms();
        reference.Transforms.Add(new xmldsigjs.XmlDsigExcC14NTransform());
      });
    }
  }

  // (cast: xadesjs types `contentHandler` with the class itself, which a subclass cannot satisfy)
  const createSignedXml = () => new XadesSignedXml() as unknown as Xades.SignedXml;
  return { xadesjs, xmldsigjs, xmldom, createSignedXml };
});

export type XmlLibraries = Awaited<ReturnType<typeof loadXmlLibraries>>;
