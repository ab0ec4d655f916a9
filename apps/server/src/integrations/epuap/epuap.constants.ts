/**
 * Every namespace URI, element name and limit of the ePUAP integration, in one place.
 *
 * The ESP service namespace (`obi`) and the wire element names are those of the public ePUAP
 * WSDLs (`pk_external_ws`: skrytka, pull, doreczyciel), as generated clients of them (JAX-WS, .NET)
 * write them: header elements in PascalCase in the `obi` namespace, message children unqualified
 * and in camelCase. Elements marked "simulator extension" are not in the WSDL: our simulator adds
 * them and the client reads them when present.
 */

export const NS = {
  soap: 'http://schemas.xmlsoap.org/soap/envelope/',
  wsse: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd',
  wsu: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  excC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  /** ESP service objects (`http://wsdl.epuap.gov.pl/obiekty/`). */
  obi: 'http://wsdl.epuap.gov.pl/obiekty/',
  /** UPO / UPP / UPD receipts. */
  upo: 'http://crd.gov.pl/xml/schematy/UPO/2008/05/09/',
  /** The `str` namespace the ePUAP receipts use (older than the forms' one). */
  upoStr: 'http://crd.gov.pl/xml/schematy/struktura/2008/05/09/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xades: 'http://uri.etsi.org/01903/v1.3.2#',
} as const;

/** The CRD namespaces of the common document format (`wnio:Dokument`, DOMAIN.md §5.1). */
export const FORM_NS = {
  /** Form 1410, "pismo ogólne do podmiotu publicznego". */
  wnio1410: 'http://crd.gov.pl/wzor/2013/12/12/1410/',
  meta: 'http://crd.gov.pl/xml/schematy/meta/2009/11/16/',
  str: 'http://crd.gov.pl/xml/schematy/struktura/2009/11/16/',
  adr: 'http://crd.gov.pl/xml/schematy/adres/2009/11/09/',
  inst: 'http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/',
  oso: 'http://crd.gov.pl/xml/schematy/osoba/2009/11/16/',
} as const;

/** Any CRD form template namespace (`…/wzor/<date>/<id>/`): the forms found in the samples differ. */
export const FORM_TEMPLATE_NS_PREFIX = 'http://crd.gov.pl/wzor/';

export const WSS = {
  base64Binary:
    'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary',
  x509v3: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3',
} as const;

export const SIGNATURE_ALGORITHMS = {
  'rsa-sha1': { uri: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', hash: 'sha1' },
  'rsa-sha256': { uri: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', hash: 'sha256' },
  'rsa-sha512': { uri: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512', hash: 'sha512' },
} as const;

/** Algorithms a request may be signed with (`rsa-sha512` is accepted on verification only). */
export type WsSignatureAlgorithm = 'rsa-sha1' | 'rsa-sha256';

export const DIGEST_ALGORITHMS: Record<string, 'sha1' | 'sha256' | 'sha512'> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512',
};
export const SHA256_DIGEST_URI = 'http://www.w3.org/2001/04/xmlenc#sha256';

/** Paths of the ESP services under the ePUAP host (production: https://ws.epuap.gov.pl). */
export const ESP_PATHS = {
  pull: '/pk_external_ws/services/pull',
  skrytka: '/pk_external_ws/services/skrytka',
  doreczyciel: '/pk_external_ws/services/doreczyciel',
} as const;

export const ESP_PRODUCTION_URL = 'https://ws.epuap.gov.pl';
export const ESP_INTEGRATION_URL = 'https://ws-int.epuap.gov.pl';

/** Body element of each request and response (all in the `obi` namespace). */
export const OPERATIONS = {
  oczekujaceDokumenty: { request: 'ZapytaniePullOczekujace', response: 'OdpowiedzPullOczekujace' },
  pobierzNastepny: { request: 'ZapytaniePullPobierz', response: 'OdpowiedzPullPobierz' },
  potwierdzOdebranie: { request: 'ZapytaniePullPotwierdz', response: 'OdpowiedzPullPotwierdz' },
  nadaj: { request: 'Dokument', response: 'OdpowiedzSkrytki' },
  dorecz: { request: 'Dokument', response: 'OdpowiedzDoreczyciela' },
} as const;

export type EpuapOperation = keyof typeof OPERATIONS;

/** SOAP header elements of `nadaj` and `dorecz` (namespace `obi`). */
export const HEADERS = {
  adresSkrytki: 'AdresSkrytki',
  adresOdpowiedzi: 'AdresOdpowiedzi',
  identyfikatorPodmiotu: 'IdentyfikatorPodmiotu',
  identyfikatorDokumentu: 'IdentyfikatorDokumentu',
  identyfikatorSprawy: 'IdentyfikatorSprawy',
  czyProbne: 'CzyProbne',
  daneDodatkowe: 'DaneDodatkowe',
  nazwaPliku: 'NazwaPliku',
  terminDoreczenia: 'TerminDoreczenia',
} as const;

/** Simulator extensions (not in the WSDL; a real ePUAP never sends them). */
export const SIMULATOR_EXTENSIONS = {
  /** OdpowiedzPullPobierz: the UPP issued to the citizen for the pulled document. */
  pulledUpp: 'upp',
  /** OdpowiedzDoreczyciela: `oczekuje` | `doreczone`, and the UPD once collected (`zalacznik`). */
  deliveryState: 'stanDoreczenia',
  deliveryReceipt: 'zalacznik',
} as const;

/** `status/kod` of a successful ESP call. */
export const STATUS_OK = '1';

export const LIMITS = {
  /** Largest SOAP message read (request or response). */
  maxSoapBytes: 50 * 1024 * 1024,
  /** Largest form or receipt parsed. */
  maxDocumentBytes: 50 * 1024 * 1024,
  /** Default lifetime of our wsu:Timestamp. */
  timestampTtlSeconds: 300,
  /** Clock skew tolerated on a received wsu:Timestamp. */
  clockSkewSeconds: 300,
  defaultTimeoutMs: 30_000,
} as const;
