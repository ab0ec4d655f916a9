import type { signaturesPl } from '../pl/signatures.pl';

export const signaturesEn: Record<keyof typeof signaturesPl, string> = {
  'nav.pki': 'Certificates and trust',
  'nav.pki.description':
    "The office's certification authority, signing certificates, the CRL, trusted certification authorities.",

  'signatures.verdict.valid': 'Signature valid',
  'signatures.verdict.valid_with_warnings': 'Signature valid — with remarks',
  'signatures.verdict.invalid': 'Signature invalid',
  'signatures.verdict.indeterminate': 'Validity cannot be confirmed',

  'signatures.integrity.intact': 'intact',
  'signatures.integrity.broken': 'broken',
  'signatures.integrity.unknown': 'cannot be checked',
  'signatures.trust.trusted': 'trusted',
  'signatures.trust.untrusted': 'not trusted',
  'signatures.trust.unknown': 'unknown',
  'signatures.certificate.valid': 'valid',
  'signatures.certificate.expired': 'expired',
  'signatures.certificate.not_yet_valid': 'not yet valid',
  'signatures.certificate.revoked': 'revoked',
  'signatures.certificate.unknown': 'state unknown',
  'signatures.packaging.embedded': 'embedded in the document',
  'signatures.packaging.enveloped': 'enveloped',
  'signatures.packaging.enveloping': 'enveloping',
  'signatures.packaging.detached': 'detached',
  'signatures.format.unsigned': 'Unsigned file',
  'signatures.format.unreadable': 'unreadable file',
  'signatures.trigger.intake': 'when the file was received',
  'signatures.trigger.on_demand': 'on request',
  'signatures.trigger.signing': 'when signed',

  'signatures.report.title': 'Signature verification: {name}',
  'signatures.report.open': 'Report',
  'signatures.report.open_label': 'Signature verification report of the file {name} ({verdict})',
  'signatures.report.never_verified': 'This file has not been verified yet.',
  'signatures.report.verify': 'Verify the signature',
  'signatures.report.verify_again': 'Verify again',
  'signatures.report.detected_format': 'Kind of signature: {format}',
  'signatures.report.verified_at': 'Verified on',
  'signatures.report.file_sha256': 'File digest (SHA-256)',
  'signatures.report.file_errors': 'Problems with the file',
  'signatures.report.signature': 'Signature {number}',
  'signatures.report.signer': 'Signer',
  'signatures.report.signer_unknown': 'unknown',
  'signatures.report.format': 'Format',
  'signatures.report.level': 'level {level}',
  'signatures.report.claimed_time': 'Claimed signing time',
  'signatures.report.time_none': 'not given',
  'signatures.report.timestamp': 'Timestamp',
  'signatures.report.timestamp_none': 'none',
  'signatures.report.integrity': 'Integrity',
  'signatures.report.partial_coverage':
    'the signature does not cover the whole file (content was added after signing)',
  'signatures.report.trust': 'Trust',
  'signatures.report.certificate': "Signer's certificate",
  'signatures.report.qualified': 'Qualified certificate',
  'signatures.report.qualified.yes': 'qualified',
  'signatures.report.qualified.no': 'not qualified',
  'signatures.report.chain': 'Certification path',
  'signatures.report.chain.issued_by': 'issuer: {issuer}',
  'signatures.report.chain.validity': 'valid from {from} to {to}',
  'signatures.report.errors': 'Errors',
  'signatures.report.warnings': 'Remarks',

  'signatures.message.signature.digest_info_without_null':
    'The signature uses a non-standard digest encoding (DigestInfo without the NULL parameter): tolerated, but not as the standard requires.',
  'signatures.message.pdf.modified_after_signing':
    'The PDF was changed after it was signed: the signed content is not what the file shows.',
  'signatures.message.signature.detached_content_missing':
    'The signed file is missing: a detached signature can be checked only together with the file it signs.',
  'signatures.message.xml.dtd_refused':
    'The XML file contains a DTD declaration, which is not processed for security reasons.',
  'signatures.message.certificate.expired':
    "The signer's certificate has expired, and no trusted timestamp proves the signature was made while it was valid.",
  'signatures.message.certificate.expired_after_timestamp':
    "The signer's certificate has expired, but a trusted timestamp proves the signature was made while it was valid.",
  'signatures.message.certificate.not_yet_valid': "The signer's certificate was not yet valid.",
  'signatures.message.certificate.revoked': "The signer's certificate has been revoked.",
  'signatures.message.cms.content_type_mismatch':
    'The content-type attribute does not match the signed content.',
  'signatures.message.cms.counter_signature':
    'A counter-signature: a signature over another signature, not over the content.',
  'signatures.message.cms.message_digest_missing': 'The signed attributes hold no message digest.',
  'signatures.message.cms.signer_identifier_mismatch':
    "The signer's certificate was found by its key, not by the signer identifier.",
  'signatures.message.cms.signing_certificate_unreadable':
    'The signing-certificate attribute cannot be read.',
  'signatures.message.cms.unreadable': 'The file is not a readable CMS signature.',
  'signatures.message.file.too_large': 'The file is too large to be verified.',
  'signatures.message.file.unknown_format':
    'The file is neither a PDF, an XML document, a CMS signature nor a zip container.',
  'signatures.message.file.unreadable': 'The file could not be read as a signed document.',
  'signatures.message.pades.signing_certificate_missing':
    'The signature does not bind its certificate (no signing-certificate attribute), as PAdES requires.',
  'signatures.message.pdf.byte_range_invalid':
    'The signed byte range of the PDF is not valid: the signature is not sound.',
  'signatures.message.pdf.document_timestamp':
    'A document timestamp by a timestamp authority, not a signature by a person.',
  'signatures.message.pdf.empty_signature_field': 'The PDF has a signature field that was never signed.',
  'signatures.message.pdf.later_revisions':
    'The signature does not cover the whole file: later revisions add only signatures, validation data or metadata; the signed content is unchanged.',
  'signatures.message.pdf.no_signature': 'The PDF holds no signature.',
  'signatures.message.pdf.signature_dictionary_spoofed':
    'Two signatures point at the same data: the signature dictionary is spoofed.',
  'signatures.message.pdf.signature_not_detached':
    'The PDF signature carries its own content instead of signing the document bytes.',
  'signatures.message.pdf.signature_unreadable':
    'The signature value in the PDF is not a readable CMS signature.',
  'signatures.message.pdf.timestamp_unreadable': 'The document timestamp is not sound or not readable.',
  'signatures.message.revocation.not_checked':
    "No CRL of the certificate's issuer was available: revocation was not checked.",
  'signatures.message.signature.content_digest_mismatch':
    'The signed digest does not match the document: it was changed after signing.',
  'signatures.message.signature.signer_certificate_missing':
    "The signature carries no signer's certificate, so it cannot be verified nor the signer identified.",
  'signatures.message.signature.signing_certificate_mismatch':
    "The signed certificate reference does not match the signer's certificate.",
  'signatures.message.signature.unsupported_algorithm': 'The signature uses an unsupported algorithm.',
  'signatures.message.signature.value_invalid':
    "The signature value does not verify with the signer's public key.",
  'signatures.message.signature.weak_algorithm':
    'The signature uses SHA-1, which is no longer considered secure.',
  'signatures.message.timestamp.imprint_mismatch': 'The timestamp was not made over this signature.',
  'signatures.message.timestamp.signature_invalid': 'The signature of the timestamp does not verify.',
  'signatures.message.timestamp.signer_not_valid':
    "The timestamp's time is outside the validity of its authority's certificate.",
  'signatures.message.timestamp.unreadable': 'The timestamp cannot be read.',
  'signatures.message.timestamp.untrusted':
    'The timestamp verifies, but its authority is not trusted: the time it states is not proven.',
  'signatures.message.trust.chain_incomplete':
    "The certification path is incomplete: an issuer's certificate is missing.",
  'signatures.message.trust.chain_signature_invalid':
    'A certificate of the path is not validly signed by its issuer.',
  'signatures.message.trust.chain_too_long': 'The certification path is too long.',
  'signatures.message.trust.issuer_not_ca': "The certificate's issuer is not a certification authority.",
  'signatures.message.trust.untrusted_root':
    'The certification path ends at a certificate the office does not trust.',
  'signatures.message.xml.malformed': 'The XML file is not well-formed.',
  'signatures.message.xades.not_xades':
    'The XML signature is not a XAdES signature (its qualifying properties are missing).',

  'signatures.upload.pick': 'Choose a file',
  'signatures.upload.none': 'No file chosen.',
  'signatures.upload.uploading': 'Uploading {name}…',
  'signatures.upload.done': 'Uploaded: {name}',
  'signatures.upload.remove': 'Remove the chosen file',

  'signatures.pki.title': 'Certificates and trust',
  'signatures.pki.intro':
    'The office issues its staff certificates for non-qualified signatures made in the system. Signatures on incoming files are checked against the trusted certification authorities below.',
  'signatures.pki.validity': 'from {from} to {to}',
  'signatures.pki.ca.heading': "The office's certification authority",
  'signatures.pki.ca.none.title': 'The certification authority has not been created yet',
  'signatures.pki.ca.none.text':
    "The office's certification authority is created automatically when the first certificate is issued.",
  'signatures.pki.ca.subject': 'Name (subject)',
  'signatures.pki.ca.serial': 'Serial number',
  'signatures.pki.ca.validity': 'Validity',
  'signatures.pki.ca.sha256': 'SHA-256 fingerprint',
  'signatures.pki.ca.crl_number': 'Number of the current CRL',
  'signatures.pki.crl.download': 'Download the certificate revocation list (CRL)',
  'signatures.pki.crl.format': '(DER file)',
  'signatures.pki.crl.description':
    "The CRL is given to recipients of letters so they can check that the signer's certificate has not been revoked.",
  'signatures.pki.certificates.heading': "Staff's certificates",
  'signatures.pki.certificates.caption': 'Signing certificates; shown: {count}',
  'signatures.pki.certificates.empty': 'No certificates.',
  'signatures.pki.filter.status': 'Certificate state',
  'signatures.pki.column.user': 'Employee',
  'signatures.pki.column.serial': 'Serial number',
  'signatures.pki.column.validity': 'Validity',
  'signatures.pki.column.status': 'State',
  'signatures.pki.status.active': 'Active',
  'signatures.pki.status.revoked': 'Revoked',
  'signatures.pki.status.expired': 'Expired',
  'signatures.pki.revoked_on': 'Revoked {date}; reason: {reason}',
  'signatures.pki.issue': 'Issue a certificate',
  'signatures.pki.issue.title': 'Issuing a signing certificate',
  'signatures.pki.issue.submit': 'Issue the certificate',
  'signatures.pki.issue.user': 'Employee',
  'signatures.pki.issue.user.choose': '— choose an employee —',
  'signatures.pki.issue.user.required': 'Choose an employee.',
  'signatures.pki.issue.valid_days': 'Validity (days)',
  'signatures.pki.issue.valid_days.description': 'From 1 to 1095 days; 730 (2 years) by default.',
  'signatures.pki.issue.valid_days.range': 'Enter a number of days from 1 to 1095.',
  'signatures.pki.issue.supersedes':
    'The employee has an active certificate (no. {serial}); the new one will supersede it.',
  'signatures.pki.issue.done': 'Certificate issued: {name}.',
  'signatures.pki.renew': 'Renew',
  'signatures.pki.renew.label': 'Renew the certificate: {name}',
  'signatures.pki.renew.title': 'Renewing the certificate: {name}',
  'signatures.pki.renew.submit': 'Renew the certificate',
  'signatures.pki.revoke': 'Revoke',
  'signatures.pki.revoke.label': 'Revoke the certificate: {name}',
  'signatures.pki.revoke.title': 'Revoking the certificate: {name}',
  'signatures.pki.revoke.text':
    'Certificate no. {serial} will be put on the certificate revocation list (CRL). This cannot be undone; signatures made later will not be valid.',
  'signatures.pki.revoke.reason': 'Reason for revocation',
  'signatures.pki.revoke.submit': 'Revoke the certificate',
  'signatures.pki.revoke.done': 'Certificate revoked: {name}.',
  'signatures.pki.reason.unspecified': 'Unspecified',
  'signatures.pki.reason.keyCompromise': 'Key or password disclosed',
  'signatures.pki.reason.affiliationChanged': "Change of the employee's position or data",
  'signatures.pki.reason.superseded': 'Superseded by a new certificate',
  'signatures.pki.reason.cessationOfOperation': 'End of employment',

  'signatures.anchors.heading': 'Trusted certification authorities',
  'signatures.anchors.caption': 'Trusted certificates; shown: {count}',
  'signatures.anchors.empty': 'No trusted certification authorities.',
  'signatures.anchors.column.name': 'Name',
  'signatures.anchors.column.source': 'Source',
  'signatures.anchors.column.valid_to': 'Valid until',
  'signatures.anchors.column.sha256': 'SHA-256 fingerprint',
  'signatures.anchors.column.added_at': 'Added',
  'signatures.anchors.source.office_ca': "The office's certification authority",
  'signatures.anchors.source.manual': 'Added by hand',
  'signatures.anchors.source.tsl': 'Trusted list (TSL)',
  'signatures.anchors.form': 'Adding a trusted certification authority',
  'signatures.anchors.file': 'Certificate or trusted list',
  'signatures.anchors.file.description':
    'A certification authority certificate (DER or PEM) or an EU trusted list (an XML file, e.g. from NCCert).',
  'signatures.anchors.file.required': 'Choose a certificate or trusted list file.',
  'signatures.anchors.name': 'Name (optional)',
  'signatures.anchors.name.description': "For a single certificate; the certificate's own name by default.",
  'signatures.anchors.submit': 'Add to trusted',
  'signatures.anchors.added': 'Trusted certificates added: {added}; skipped: {skipped}.',
  'signatures.message.signature.no_signed_data': 'The signature names no signed data.',
  'signatures.message.signature.reference_digest_mismatch':
    'The digest of the signed data does not match — the data was changed after signing.',
  'signatures.message.signature.signed_data_not_found':
    'The signed data was not found (possibly a signature-wrapping attack).',
  'signatures.message.xades.target_mismatch':
    'The XAdES properties point to another signature than the one holding them.',
  'signatures.message.xades.properties_ambiguous': 'The signature holds ambiguous XAdES properties.',
  'signatures.message.xades.signed_properties_not_signed':
    'The XAdES signed properties are not covered by the signature.',
  'signatures.message.xades.signing_certificate_missing':
    'The signing certificate is not named (SigningCertificate).',
  'signatures.message.xml.no_signature': 'The XML file holds no signature.',
  'signatures.message.xml.signature_malformed': 'The structure of the XML signature is invalid.',
  'signatures.message.xml.too_deep': 'The XML file is nested too deeply and was not processed.',
  'signatures.message.xml.unreadable': 'The XML file cannot be read.',
  'signatures.message.zip.no_signature': 'The ZIP archive holds no signature.',
  'signatures.message.zip.unreadable': 'The ZIP archive cannot be read.',
  'signatures.message.asic.file_missing': 'The ASiC container lacks a signed file.',
  'signatures.message.asic.no_signature': 'The ASiC container holds no signature.',
  'signatures.message.cms.signing_time_malformed':
    'The claimed signing time is encoded incorrectly and was ignored.',
  'signatures.message.pdf.too_many_signatures': 'The PDF holds too many signatures; only some were checked.',
  'signatures.message.file.invalid_validation_time': 'Invalid validation time.',
};
