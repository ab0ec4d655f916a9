import { webcrypto } from 'node:crypto';
import type * as Pkijs from 'pkijs';
import { loadOnce } from '../../../shared/load-once.js';

/**
 * pkijs and asn1js, loaded at the first signature or certificate (ADR 0008), with pkijs bound to
 * Node's WebCrypto. Every engine of this module gets them from here, so the engine is set once.
 */
export const loadPkiLibraries = loadOnce(async () => {
  const [pkijs, asn1js] = await Promise.all([import('pkijs'), import('asn1js')]);

  /**
   * RFC 4055 §5: sha256WithRSAEncryption carries NULL parameters; pkijs leaves them out, which
   * verifiers tolerate but certificates should not rely on for the years they live.
   */
  class NodeCryptoEngine extends pkijs.CryptoEngine {
    override async getSignatureParameters(
      privateKey: Parameters<Pkijs.CryptoEngine['getSignatureParameters']>[0],
      hashAlgorithm?: string,
    ) {
      const parameters = await super.getSignatureParameters(privateKey, hashAlgorithm);
      if (privateKey.algorithm.name.toUpperCase() === 'RSASSA-PKCS1-V1_5') {
        parameters.signatureAlgorithm.algorithmParams = new asn1js.Null();
      }
      return parameters;
    }
  }

  const crypto = webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
  pkijs.setEngine('node', new NodeCryptoEngine({ name: 'node', crypto }));
  return { pkijs, asn1js };
});

export type PkiLibraries = Awaited<ReturnType<typeof loadPkiLibraries>>;
