/** Signatures: verdicts and verification reports, the office's CA, certificates and trust anchors. */
export const signaturesPl = {
  'nav.pki': 'Certyfikaty i zaufanie',
  'nav.pki.description':
    'Centrum certyfikacji urzędu, certyfikaty do podpisu, lista CRL, zaufane urzędy certyfikacji.',

  'signatures.verdict.valid': 'Podpis ważny',
  'signatures.verdict.valid_with_warnings': 'Podpis ważny — z uwagami',
  'signatures.verdict.invalid': 'Podpis nieważny',
  'signatures.verdict.indeterminate': 'Nie można potwierdzić ważności',

  'signatures.integrity.intact': 'nienaruszony',
  'signatures.integrity.broken': 'naruszony',
  'signatures.integrity.unknown': 'nie można sprawdzić',
  'signatures.trust.trusted': 'zaufany',
  'signatures.trust.untrusted': 'niezaufany',
  'signatures.trust.unknown': 'nieznany',
  'signatures.certificate.valid': 'ważny',
  'signatures.certificate.expired': 'wygasł',
  'signatures.certificate.not_yet_valid': 'jeszcze nieważny',
  'signatures.certificate.revoked': 'unieważniony',
  'signatures.certificate.unknown': 'stan nieznany',
  'signatures.packaging.embedded': 'osadzony w dokumencie',
  'signatures.packaging.enveloped': 'otoczony (enveloped)',
  'signatures.packaging.enveloping': 'otaczający (enveloping)',
  'signatures.packaging.detached': 'zewnętrzny (detached)',
  'signatures.format.unsigned': 'Plik bez podpisu',
  'signatures.format.unreadable': 'nieczytelny plik',
  'signatures.trigger.intake': 'przy przyjęciu pliku',
  'signatures.trigger.on_demand': 'na żądanie',
  'signatures.trigger.signing': 'przy podpisaniu',

  'signatures.report.title': 'Weryfikacja podpisu: {name}',
  'signatures.report.open': 'Raport',
  'signatures.report.open_label': 'Raport weryfikacji podpisu pliku {name} ({verdict})',
  'signatures.report.never_verified': 'Ten plik nie był jeszcze weryfikowany.',
  'signatures.report.verify': 'Zweryfikuj podpis',
  'signatures.report.verify_again': 'Zweryfikuj ponownie',
  'signatures.report.detected_format': 'Rodzaj podpisu: {format}',
  'signatures.report.verified_at': 'Data weryfikacji',
  'signatures.report.file_sha256': 'Skrót pliku (SHA-256)',
  'signatures.report.file_errors': 'Problemy z plikiem',
  'signatures.report.signature': 'Podpis {number}',
  'signatures.report.signer': 'Podpisujący',
  'signatures.report.signer_unknown': 'nieznany',
  'signatures.report.format': 'Format',
  'signatures.report.level': 'poziom {level}',
  'signatures.report.claimed_time': 'Deklarowany czas podpisu',
  'signatures.report.time_none': 'nie podano',
  'signatures.report.timestamp': 'Znacznik czasu',
  'signatures.report.timestamp_none': 'brak',
  'signatures.report.integrity': 'Integralność',
  'signatures.report.partial_coverage': 'podpis nie obejmuje całego pliku (po podpisaniu dopisano treść)',
  'signatures.report.trust': 'Zaufanie',
  'signatures.report.certificate': 'Certyfikat podpisującego',
  'signatures.report.qualified': 'Certyfikat kwalifikowany',
  'signatures.report.qualified.yes': 'kwalifikowany',
  'signatures.report.qualified.no': 'niekwalifikowany',
  'signatures.report.chain': 'Ścieżka certyfikacji',
  'signatures.report.chain.issued_by': 'wystawca: {issuer}',
  'signatures.report.chain.validity': 'ważny od {from} do {to}',
  'signatures.report.errors': 'Błędy',
  'signatures.report.warnings': 'Uwagi',

  'signatures.message.signature.digest_info_without_null':
    'Podpis używa niestandardowego kodowania skrótu (DigestInfo bez parametru NULL) — jest tolerowane, ale niezgodne z normą.',
  'signatures.message.pdf.modified_after_signing':
    'Dokument PDF zmieniono po podpisaniu — podpisana treść nie jest tym, co widać w pliku.',
  'signatures.message.signature.detached_content_missing':
    'Brak podpisanego pliku: podpis zewnętrzny można sprawdzić tylko razem z plikiem, którego dotyczy.',
  'signatures.message.xml.dtd_refused':
    'Plik XML zawiera deklarację DTD, której ze względów bezpieczeństwa nie przetwarzamy.',
  'signatures.message.certificate.expired':
    'Certyfikat podpisującego wygasł, a żaden zaufany znacznik czasu nie dowodzi, że podpis złożono w okresie jego ważności.',
  'signatures.message.certificate.expired_after_timestamp':
    'Certyfikat podpisującego już wygasł, ale zaufany znacznik czasu dowodzi, że podpis złożono, gdy był ważny.',
  'signatures.message.certificate.not_yet_valid': 'Certyfikat podpisującego nie był jeszcze ważny.',
  'signatures.message.certificate.revoked': 'Certyfikat podpisującego został unieważniony.',
  'signatures.message.cms.content_type_mismatch': 'Atrybut typu treści nie zgadza się z podpisaną treścią.',
  'signatures.message.cms.counter_signature':
    'Kontrasygnata — podpis złożony pod innym podpisem, a nie pod treścią dokumentu.',
  'signatures.message.cms.message_digest_missing': 'Podpisane atrybuty nie zawierają skrótu treści.',
  'signatures.message.cms.signer_identifier_mismatch':
    'Certyfikat podpisującego odnaleziono po kluczu, a nie po identyfikatorze wskazanym w podpisie.',
  'signatures.message.cms.signing_certificate_unreadable':
    'Nie można odczytać atrybutu wskazującego certyfikat podpisującego.',
  'signatures.message.cms.unreadable': 'Plik nie jest czytelną strukturą podpisu CMS.',
  'signatures.message.file.too_large': 'Plik jest zbyt duży, by go zweryfikować.',
  'signatures.message.file.unknown_format':
    'Plik nie jest dokumentem PDF, XML, podpisem CMS ani kontenerem ZIP.',
  'signatures.message.file.unreadable': 'Nie udało się odczytać pliku jako podpisanego dokumentu.',
  'signatures.message.pades.signing_certificate_missing':
    'Podpis nie wiąże swojego certyfikatu (brak atrybutu signing-certificate), czego wymaga standard PAdES.',
  'signatures.message.pdf.byte_range_invalid':
    'Zakres podpisanych bajtów PDF jest nieprawidłowy — podpis nie jest wiarygodny.',
  'signatures.message.pdf.document_timestamp':
    'To znacznik czasu dokumentu wystawiony przez urząd znacznika czasu, a nie podpis osoby.',
  'signatures.message.pdf.empty_signature_field': 'PDF ma pole podpisu, które nigdy nie zostało podpisane.',
  'signatures.message.pdf.later_revisions':
    'Podpis nie obejmuje całego pliku: późniejsze zmiany dodają tylko podpisy, dane do weryfikacji lub metadane; podpisana treść się nie zmieniła.',
  'signatures.message.pdf.no_signature': 'PDF nie zawiera podpisu.',
  'signatures.message.pdf.signature_dictionary_spoofed':
    'Dwa podpisy wskazują ten sam zakres danych — słownik podpisu został podrobiony.',
  'signatures.message.pdf.signature_not_detached':
    'Podpis PDF zawiera własną treść zamiast podpisywać bajty dokumentu.',
  'signatures.message.pdf.signature_unreadable':
    'Wartości podpisu w PDF nie można odczytać jako podpisu CMS.',
  'signatures.message.pdf.timestamp_unreadable':
    'Znacznik czasu dokumentu jest nieprawidłowy lub nieczytelny.',
  'signatures.message.revocation.not_checked':
    'Nie było dostępnej listy CRL wystawcy certyfikatu — nie sprawdzono, czy certyfikat nie został unieważniony.',
  'signatures.message.signature.content_digest_mismatch':
    'Skrót podpisanej treści nie zgadza się z dokumentem — dokument zmieniono po podpisaniu.',
  'signatures.message.signature.signer_certificate_missing':
    'Podpis nie zawiera certyfikatu podpisującego, więc nie można go sprawdzić ani ustalić, kto podpisał.',
  'signatures.message.signature.signing_certificate_mismatch':
    'Podpisane wskazanie certyfikatu nie zgadza się z certyfikatem podpisującego.',
  'signatures.message.signature.unsupported_algorithm': 'Podpis używa nieobsługiwanego algorytmu.',
  'signatures.message.signature.value_invalid':
    'Wartość podpisu nie zgadza się z kluczem publicznym podpisującego.',
  'signatures.message.signature.weak_algorithm':
    'Podpis używa algorytmu SHA-1, który nie jest już uznawany za bezpieczny.',
  'signatures.message.timestamp.imprint_mismatch': 'Znacznik czasu nie dotyczy tego podpisu.',
  'signatures.message.timestamp.signature_invalid': 'Podpis znacznika czasu jest nieprawidłowy.',
  'signatures.message.timestamp.signer_not_valid':
    'Czas ze znacznika wypada poza okresem ważności certyfikatu urzędu znacznika czasu.',
  'signatures.message.timestamp.unreadable': 'Nie można odczytać znacznika czasu.',
  'signatures.message.timestamp.untrusted':
    'Znacznik czasu jest prawidłowy, ale jego wystawca nie jest zaufany — podany w nim czas nie jest udowodniony.',
  'signatures.message.trust.chain_incomplete':
    'Ścieżka certyfikacji jest niepełna: brakuje certyfikatu wystawcy.',
  'signatures.message.trust.chain_signature_invalid':
    'Certyfikat w ścieżce certyfikacji nie jest poprawnie podpisany przez swojego wystawcę.',
  'signatures.message.trust.chain_too_long': 'Ścieżka certyfikacji jest zbyt długa.',
  'signatures.message.trust.issuer_not_ca': 'Wystawca certyfikatu nie jest urzędem certyfikacji.',
  'signatures.message.trust.untrusted_root':
    'Ścieżka certyfikacji kończy się na certyfikacie, który nie jest zaufany w urzędzie.',
  'signatures.message.xml.malformed': 'Plik XML jest niepoprawny składniowo.',
  'signatures.message.xades.not_xades':
    'Podpis XML nie jest podpisem XAdES (brak właściwości kwalifikujących).',

  'signatures.upload.pick': 'Wybierz plik',
  'signatures.upload.none': 'Nie wybrano pliku.',
  'signatures.upload.uploading': 'Wysyłanie pliku {name}…',
  'signatures.upload.done': 'Przesłano: {name}',
  'signatures.upload.remove': 'Usuń wybrany plik',

  'signatures.pki.title': 'Certyfikaty i zaufanie',
  'signatures.pki.intro':
    'Urząd wydaje swoim pracownikom certyfikaty do składania podpisów niekwalifikowanych w systemie. Podpisy na plikach przychodzących są sprawdzane względem zaufanych urzędów certyfikacji poniżej.',
  'signatures.pki.validity': 'od {from} do {to}',
  'signatures.pki.ca.heading': 'Centrum certyfikacji urzędu',
  'signatures.pki.ca.none.title': 'Centrum certyfikacji nie zostało jeszcze utworzone',
  'signatures.pki.ca.none.text':
    'Centrum certyfikacji urzędu zostanie utworzone automatycznie przy wydaniu pierwszego certyfikatu.',
  'signatures.pki.ca.subject': 'Nazwa (podmiot)',
  'signatures.pki.ca.serial': 'Numer seryjny',
  'signatures.pki.ca.validity': 'Ważność',
  'signatures.pki.ca.sha256': 'Odcisk SHA-256',
  'signatures.pki.ca.crl_number': 'Numer bieżącej listy CRL',
  'signatures.pki.crl.download': 'Pobierz listę unieważnionych certyfikatów (CRL)',
  'signatures.pki.crl.format': '(plik DER)',
  'signatures.pki.crl.description':
    'Listę CRL udostępnia się odbiorcom pism, aby mogli sprawdzić, czy certyfikat podpisującego nie został unieważniony.',
  'signatures.pki.certificates.heading': 'Certyfikaty pracowników',
  'signatures.pki.certificates.caption': 'Certyfikaty do podpisu; wyświetlono: {count}',
  'signatures.pki.certificates.empty': 'Brak certyfikatów.',
  'signatures.pki.filter.status': 'Stan certyfikatu',
  'signatures.pki.column.user': 'Pracownik',
  'signatures.pki.column.serial': 'Numer seryjny',
  'signatures.pki.column.validity': 'Ważność',
  'signatures.pki.column.status': 'Stan',
  'signatures.pki.status.active': 'Aktywny',
  'signatures.pki.status.revoked': 'Unieważniony',
  'signatures.pki.status.expired': 'Wygasły',
  'signatures.pki.revoked_on': 'Unieważniony {date}; powód: {reason}',
  'signatures.pki.issue': 'Wydaj certyfikat',
  'signatures.pki.issue.title': 'Wydanie certyfikatu do podpisu',
  'signatures.pki.issue.submit': 'Wydaj certyfikat',
  'signatures.pki.issue.user': 'Pracownik',
  'signatures.pki.issue.user.choose': '— wybierz pracownika —',
  'signatures.pki.issue.user.required': 'Wybierz pracownika.',
  'signatures.pki.issue.valid_days': 'Okres ważności (dni)',
  'signatures.pki.issue.valid_days.description': 'Od 1 do 1095 dni; domyślnie 730 (2 lata).',
  'signatures.pki.issue.valid_days.range': 'Podaj liczbę dni od 1 do 1095.',
  'signatures.pki.issue.supersedes':
    'Pracownik ma aktywny certyfikat (nr {serial}) — po wydaniu nowego zostanie on zastąpiony.',
  'signatures.pki.issue.done': 'Wydano certyfikat: {name}.',
  'signatures.pki.renew': 'Odnów',
  'signatures.pki.renew.label': 'Odnów certyfikat: {name}',
  'signatures.pki.renew.title': 'Odnowienie certyfikatu: {name}',
  'signatures.pki.renew.submit': 'Odnów certyfikat',
  'signatures.pki.revoke': 'Unieważnij',
  'signatures.pki.revoke.label': 'Unieważnij certyfikat: {name}',
  'signatures.pki.revoke.title': 'Unieważnienie certyfikatu: {name}',
  'signatures.pki.revoke.text':
    'Certyfikat nr {serial} trafi na listę unieważnionych certyfikatów (CRL). Tego nie można cofnąć; podpisy złożone później nie będą ważne.',
  'signatures.pki.revoke.reason': 'Powód unieważnienia',
  'signatures.pki.revoke.submit': 'Unieważnij certyfikat',
  'signatures.pki.revoke.done': 'Unieważniono certyfikat: {name}.',
  'signatures.pki.reason.unspecified': 'Nieokreślony',
  'signatures.pki.reason.keyCompromise': 'Ujawnienie klucza lub hasła',
  'signatures.pki.reason.affiliationChanged': 'Zmiana stanowiska lub danych pracownika',
  'signatures.pki.reason.superseded': 'Zastąpiony nowym certyfikatem',
  'signatures.pki.reason.cessationOfOperation': 'Zakończenie zatrudnienia',

  'signatures.anchors.heading': 'Zaufane urzędy certyfikacji',
  'signatures.anchors.caption': 'Zaufane certyfikaty; wyświetlono: {count}',
  'signatures.anchors.empty': 'Brak zaufanych urzędów certyfikacji.',
  'signatures.anchors.column.name': 'Nazwa',
  'signatures.anchors.column.source': 'Źródło',
  'signatures.anchors.column.valid_to': 'Ważny do',
  'signatures.anchors.column.sha256': 'Odcisk SHA-256',
  'signatures.anchors.column.added_at': 'Dodano',
  'signatures.anchors.source.office_ca': 'Centrum certyfikacji urzędu',
  'signatures.anchors.source.manual': 'Dodany ręcznie',
  'signatures.anchors.source.tsl': 'Lista zaufanych usług (TSL)',
  'signatures.anchors.form': 'Dodawanie zaufanego urzędu certyfikacji',
  'signatures.anchors.file': 'Certyfikat lub lista zaufanych usług',
  'signatures.anchors.file.description':
    'Certyfikat urzędu certyfikacji (DER lub PEM) albo unijna lista zaufanych usług (plik XML, np. z NCCert).',
  'signatures.anchors.file.required': 'Wybierz plik certyfikatu lub listy zaufanych usług.',
  'signatures.anchors.name': 'Nazwa (opcjonalnie)',
  'signatures.anchors.name.description': 'Dla pojedynczego certyfikatu; domyślnie nazwa z certyfikatu.',
  'signatures.anchors.submit': 'Dodaj do zaufanych',
  'signatures.anchors.added': 'Dodano zaufanych certyfikatów: {added}; pominięto: {skipped}.',
  'signatures.message.signature.no_signed_data': 'Podpis nie wskazuje podpisanych danych.',
  'signatures.message.signature.reference_digest_mismatch':
    'Skrót podpisanych danych się nie zgadza — dane zmieniono po podpisaniu.',
  'signatures.message.signature.signed_data_not_found':
    'Nie znaleziono danych objętych podpisem (możliwa próba podmiany — atak typu XSW).',
  'signatures.message.xades.target_mismatch': 'Właściwości XAdES wskazują inny podpis niż ten, w którym są.',
  'signatures.message.xades.properties_ambiguous': 'Podpis zawiera niejednoznaczne właściwości XAdES.',
  'signatures.message.xades.signed_properties_not_signed':
    'Podpisane właściwości XAdES nie są objęte podpisem.',
  'signatures.message.xades.signing_certificate_missing':
    'Brak wskazania certyfikatu podpisującego (SigningCertificate).',
  'signatures.message.xml.no_signature': 'Plik XML nie zawiera podpisu.',
  'signatures.message.xml.signature_malformed': 'Struktura podpisu XML jest niepoprawna.',
  'signatures.message.xml.too_deep': 'Plik XML jest zagnieżdżony zbyt głęboko i nie został przetworzony.',
  'signatures.message.xml.unreadable': 'Nie można odczytać pliku XML.',
  'signatures.message.zip.no_signature': 'Archiwum ZIP nie zawiera podpisu.',
  'signatures.message.zip.unreadable': 'Nie można odczytać archiwum ZIP.',
  'signatures.message.asic.file_missing': 'W kontenerze ASiC brakuje podpisanego pliku.',
  'signatures.message.asic.no_signature': 'Kontener ASiC nie zawiera podpisu.',
  'signatures.message.cms.signing_time_malformed':
    'Deklarowany czas podpisu jest zapisany niepoprawnie i został pominięty.',
  'signatures.message.pdf.too_many_signatures': 'PDF zawiera zbyt wiele podpisów; sprawdzono tylko część.',
  'signatures.message.file.invalid_validation_time': 'Nieprawidłowy czas weryfikacji.',
};
