import type { ErrorCode } from '@obieg/contracts/errors';
import type { CLIENT_ERROR_CODES } from '../../app/api-error';

export type ErrorMessageKey =
  `errors.${ErrorCode}` | `errors.${(typeof CLIENT_ERROR_CODES)[number]}` | 'errors.unknown';

/** One message per API error code: a new code without a message here fails to compile. */
export const errorsPl: Record<ErrorMessageKey, string> = {
  'errors.unknown': 'Coś poszło nie tak. Spróbuj ponownie.',
  'errors.client.network_error':
    'Brak połączenia z serwerem. Sprawdź połączenie sieciowe i spróbuj ponownie.',
  'errors.client.invalid_response': 'Serwer zwrócił nieoczekiwaną odpowiedź. Zgłoś to administratorowi.',
  'errors.client.unexpected_status': 'Serwer zwrócił nieoczekiwany błąd. Spróbuj ponownie za chwilę.',
  'errors.internal.error':
    'Wystąpił nieoczekiwany błąd serwera. Spróbuj ponownie; jeśli błąd się powtarza, zgłoś go administratorowi.',
  'errors.validation.failed': 'Formularz zawiera błędy. Popraw zaznaczone pola.',
  'errors.http.not_found': 'Nie znaleziono żądanego zasobu.',
  'errors.http.method_not_allowed': 'Ta operacja nie jest dostępna.',
  'errors.http.payload_too_large': 'Przesłany plik lub dane są zbyt duże.',
  'errors.http.unsupported_media_type': 'Nieobsługiwany rodzaj pliku lub danych.',
  'errors.http.bad_request': 'Serwer nie zrozumiał żądania.',
  'errors.common.rate_limited': 'Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.',
  'errors.common.version_conflict':
    'Ktoś w międzyczasie zmienił te dane. Odśwież stronę i wprowadź zmiany ponownie.',
  'errors.auth.unauthenticated': 'Nie jesteś zalogowany albo sesja wygasła. Zaloguj się ponownie.',
  'errors.auth.forbidden': 'Nie masz uprawnień do tej operacji.',
  'errors.auth.invalid_credentials': 'Nieprawidłowy kod urzędu, login lub hasło.',
  'errors.auth.too_many_attempts':
    'Zbyt wiele nieudanych prób logowania. Odczekaj chwilę i spróbuj ponownie.',
  'errors.auth.csrf_token_invalid': 'Zabezpieczenie formularza wygasło. Odśwież stronę i spróbuj ponownie.',
  'errors.auth.session_expired': 'Sesja wygasła. Zaloguj się ponownie.',
  'errors.auth.token_invalid': 'Token dostępu jest nieprawidłowy, wygasł albo został unieważniony.',
  'errors.auth.wrong_current_password': 'Obecne hasło jest nieprawidłowe.',
  'errors.auth.position_not_available': 'To stanowisko nie jest dla Ciebie dostępne.',
  'errors.auth.session_not_found': 'Nie znaleziono sesji — mogła już wygasnąć lub zostać zakończona.',
  'errors.auth.password_change_required': 'Zanim zaczniesz pracę, musisz zmienić hasło.',
  'errors.tenants.tenant_not_found': 'Nie znaleziono urzędu.',
  'errors.tenants.code_taken': 'Ten kod urzędu jest już zajęty.',
  'errors.files.file_not_found': 'Nie znaleziono pliku.',
  'errors.files.too_large': 'Plik jest za duży.',
  'errors.files.unsupported_media_type':
    'Ten rodzaj pliku nie jest dozwolony (dozwolone są formaty z listy KRI).',
  'errors.files.empty': 'Plik jest pusty.',
  'errors.files.preview_unavailable': 'Podgląd tego rodzaju pliku nie jest dostępny — pobierz plik.',
  'errors.files.preview_too_large': 'Plik jest za duży, aby pokazać jego podgląd — pobierz plik.',
  'errors.files.preview_damaged':
    'Nie udało się odczytać pliku do podglądu (plik może być uszkodzony) — pobierz plik.',
  'errors.files.preview_page_not_found': 'Plik nie ma takiej strony.',
  'errors.contacts.contact_not_found': 'Nie znaleziono kontaktu.',
  'errors.contacts.duplicate_identifier': 'Kontakt z tym identyfikatorem już istnieje — wybierz istniejący.',
  'errors.correspondence.incoming_item_not_found': 'Nie znaleziono przesyłki wpływającej.',
  'errors.correspondence.incoming_item_cancelled': 'Przesyłka została anulowana — nie można jej zmieniać.',
  'errors.correspondence.unknown_contact': 'Wskazany nadawca nie istnieje w bazie kontaktów urzędu.',
  'errors.correspondence.unknown_organ': 'Wskazany organ nie istnieje w urzędzie.',
  'errors.correspondence.unknown_file': 'Wskazany plik nie istnieje.',
  'errors.correspondence.unknown_dictionary_code': 'Wybranej wartości nie ma w słowniku urzędu.',
  'errors.correspondence.nothing_to_correct': 'Korekta nie zmienia żadnego pola.',
  'errors.correspondence.idempotency_key_reused':
    'Ten klucz żądania użyto już dla innej rejestracji. Odśwież formularz i spróbuj ponownie.',
  'errors.correspondence.unknown_unit': 'Wskazana komórka organizacyjna nie istnieje lub nie działa.',
  'errors.correspondence.unknown_assignee': 'Wskazana osoba lub stanowisko nie istnieje w urzędzie.',
  'errors.correspondence.assignee_outside_unit':
    'Wskazana osoba nie pracuje w komórce, do której przekazano przesyłkę.',
  'errors.correspondence.not_distributed': 'Przesyłka nie została jeszcze przekazana do komórki.',
  'errors.correspondence.already_distributed':
    'Przesyłka została już przekazana — aby przekazać ją dalej, podaj powód.',
  'errors.correspondence.distribution_unchanged': 'Przesyłka jest już przekazana do tych komórek.',
  'errors.correspondence.outside_distribution_scope':
    'Przesyłka nie należy do komórki, w której możesz przekazywać i dekretować.',
  'errors.correspondence.already_decreed':
    'Przesyłka jest już zadekretowana na inną osobę — dekretację może skorygować jej autor.',
  'errors.correspondence.deadline_extended':
    'Dekretacja ponowna nie może wydłużyć terminu wyznaczonego we wcześniejszej dekretacji.',
  'errors.correspondence.deadline_in_past': 'Termin nie może przypadać w przeszłości.',
  'errors.correspondence.decree_not_found': 'Nie znaleziono dekretacji.',
  'errors.correspondence.decree_not_pending': 'Dekretacja nie czeka już na przyjęcie.',
  'errors.correspondence.decree_not_active': 'Dekretacja nie jest już aktualna.',
  'errors.correspondence.not_decree_assignee':
    'Tylko osoba, na którą zadekretowano przesyłkę, może to zrobić.',
  'errors.correspondence.not_decree_author': 'Dekretację może skorygować lub anulować tylko jej autor.',
  'errors.correspondence.distribution_rule_not_found': 'Nie znaleziono reguły przekazywania.',
  'errors.organization.org_unit_not_found': 'Nie znaleziono komórki organizacyjnej.',
  'errors.organization.org_unit_symbol_taken': 'Komórka o tym symbolu już istnieje.',
  'errors.organization.org_unit_parent_invalid':
    'Nie można wybrać tej komórki nadrzędnej: komórka nie może podlegać sobie ani swojej podkomórce.',
  'errors.organization.organ_not_found': 'Nie znaleziono organu.',
  'errors.organization.organ_name_taken': 'Organ o tej nazwie już istnieje.',
  'errors.organization.user_not_found': 'Nie znaleziono użytkownika.',
  'errors.organization.login_taken': 'Ten login jest już zajęty.',
  'errors.organization.position_not_found': 'Nie znaleziono stanowiska.',
  'errors.organization.role_not_found': 'Nie znaleziono roli.',
  'errors.organization.role_code_taken': 'Rola o tym kodzie już istnieje.',
  'errors.organization.system_role_locked': 'Roli systemowej nie można przemianować.',
  'errors.organization.substitution_invalid':
    'Nieprawidłowe zastępstwo: nikt nie może zastępować samego siebie, a okres musi być poprawny.',
  'errors.organization.validity_range_invalid':
    'Data końca obowiązywania nie może być wcześniejsza niż data początku.',
  'errors.jrwa.class_not_found': 'Nie znaleziono klasy JRWA.',
  'errors.jrwa.version_not_found': 'Nie znaleziono wersji JRWA.',
  'errors.jrwa.import_invalid':
    'Plik JRWA zawiera błędy. Popraw wskazane wiersze i zaimportuj plik ponownie.',
  'errors.jrwa.no_version': 'Urząd nie ma jeszcze wykazu akt (JRWA). Administrator musi go zaimportować.',
  'errors.jrwa.version_overlap':
    'Okres obowiązywania tej wersji JRWA nakłada się na inną wersję. Wybierz inną datę „Obowiązuje od”.',
  'errors.jrwa.extract_symbol_invalid': 'Wyciąg może zawierać tylko klasy końcowe obowiązującej wersji JRWA.',
  'errors.audit.event_not_found': 'Nie znaleziono zdarzenia w dzienniku.',
  'errors.api_tokens.token_not_found': 'Nie znaleziono tokenu API.',
  'errors.api_tokens.permission_not_held': 'Nie możesz nadać tokenowi uprawnienia, którego sam nie masz.',
  'errors.api_tokens.expiry_invalid': 'Data wygaśnięcia tokenu musi być w przyszłości.',
  'errors.cases.not_found': 'Nie znaleziono sprawy albo nie masz do niej dostępu.',
  'errors.cases.unknown_unit': 'Wskazana komórka organizacyjna nie istnieje lub nie działa.',
  'errors.cases.outside_scope': 'Twoje stanowisko nie prowadzi spraw tej komórki.',
  'errors.cases.no_jrwa':
    'Urząd nie ma obowiązującego wykazu akt (JRWA). Administrator musi go zaimportować.',
  'errors.cases.unknown_class': 'Obowiązujący JRWA nie ma takiej klasy.',
  'errors.cases.class_not_final': 'Sprawy zakłada się tylko w klasach końcowych JRWA.',
  'errors.cases.class_outside_extract':
    'Tej klasy nie ma w wyciągu z JRWA komórki. Wybierz klasę z wyciągu albo poproś administratora o jego uzupełnienie.',
  'errors.cases.unknown_incoming':
    'Nie znaleziono przesyłki (albo została anulowana lub nie masz do niej dostępu).',
  'errors.cases.unknown_party': 'Strona sprawy nie jest kontaktem urzędu.',
  'errors.cases.unknown_organ': 'Wskazany organ nie jest organem urzędu.',
  'errors.cases.unknown_group_case':
    'Sprawa nadrzędna musi być otwartą sprawą tej samej komórki i klasy, niebędącą podsprawą.',
  'errors.cases.closed':
    'Sprawa jest zakończona – jej dokumentów i metadanych nie można zmieniać, dopóki nie zostanie wznowiona.',
  'errors.cases.not_closed': 'Sprawa nie jest zakończona.',
  'errors.cases.suspended': 'Postępowanie jest zawieszone – najpierw je podejmij.',
  'errors.cases.not_suspended': 'Postępowanie nie jest zawieszone.',
  'errors.cases.version_conflict':
    'Ktoś inny zmienił w międzyczasie tę sprawę. Odśwież ją i wprowadź zmianę ponownie.',
  'errors.cases.incoming_already_in_case': 'Ta przesyłka jest już w aktach tej sprawy.',
  'errors.cases.unknown_file': 'Nie znaleziono pliku.',
  'errors.cases.unfinished_work':
    'Sprawa ma niezakończone czynności. Dokończ je albo zakończ sprawę mimo to.',
  'errors.cases.invalid_period': 'Okres jest nieprawidłowy dla tej sprawy.',
  'errors.cases.invalid_link': 'Nie można powiązać sprawy z nią samą ani powiązać dwóch spraw drugi raz.',
  'errors.cases.invalid_take_over':
    'Ta komórka nie może przejąć sprawy: sprawa już do niej należy albo jest podsprawą lub ma otwarte podsprawy.',
  'errors.cases.register_too_large':
    'Spis spraw obejmuje zbyt wiele spraw, by go wydrukować lub wyeksportować. Wybierz krótszy okres lub węższą klasę JRWA.',
  'errors.cases.invalid_share':
    'Udostępnić można tylko osobie lub komórce urzędu i tylko dokumenty tej sprawy.',
  'errors.cases.share_not_found': 'Nie znaleziono aktywnego udostępnienia tej sprawy.',
  'errors.documents.not_found': 'Nie znaleziono pisma albo nie masz do niego dostępu.',
  'errors.documents.template_not_found': 'Nie znaleziono szablonu pisma (albo jest nieaktywny).',
  'errors.documents.template_version_conflict':
    'Ktoś inny zmienił w międzyczasie ten szablon. Otwórz go ponownie i wprowadź zmiany jeszcze raz.',
  'errors.documents.invalid_template':
    'Szablon zawiera nieznane pole {{…}} albo jego treść jest nieprawidłowa. Sprawdź nazwy pól na liście obok.',
  'errors.documents.version_not_found': 'Nie znaleziono tej wersji pisma.',
  'errors.documents.final': 'Pismo jest podpisane i ostateczne – nie można go już zmieniać.',
  'errors.documents.approval_in_progress':
    'Pismo jest w akceptacji. Aby je zmienić, najpierw wycofaj je z akceptacji.',
  'errors.documents.no_approval': 'Pismo nie jest w akceptacji.',
  'errors.documents.invalid_path':
    'Ścieżka akceptacji jest nieprawidłowa: każda osoba może wystąpić na niej tylko raz, a stanowiska muszą być aktualne.',
  'errors.documents.task_not_found': 'Nie znaleziono zadania akceptacji.',
  'errors.documents.not_on_path':
    'Nie jesteś na ścieżce akceptacji tego pisma (albo nie jest teraz Twoja kolej).',
  'errors.documents.step_decided': 'Decyzja na tym etapie została już podjęta. Odśwież stronę.',
  'errors.documents.not_approved':
    'Pismo można podpisać dopiero po zaakceptowaniu przez wszystkich na ścieżce.',
  'errors.documents.not_signatory': 'Pismo podpisuje osoba z ostatniego etapu ścieżki akceptacji.',
  'errors.documents.unsupported_file':
    'Tego rodzaju pliku nie można użyć jako wersji pisma. Wgraj DOCX, ODT, PDF lub TXT.',
  'errors.documents.no_text': 'Ta wersja nie ma tekstu, więc nie można jej edytować ani porównać.',
  'errors.documents.unknown_contact': 'Adresat nie jest kontaktem w bazie teleadresowej urzędu.',
  'errors.documents.unknown_file': 'Nie znaleziono przesłanego pliku. Wgraj go ponownie.',
  'errors.documents.unknown_position': 'Wskazany podpisujący nie zajmuje aktywnego stanowiska w urzędzie.',
  'errors.documents.version_conflict':
    'Ktoś inny zmienił w międzyczasie to pismo. Odśwież stronę i spróbuj ponownie.',
  'errors.signatures.no_certificate':
    'Nie masz ważnego certyfikatu do podpisu. Poproś administratora o jego wydanie.',
  'errors.signatures.wrong_password': 'Nieprawidłowe hasło. Podpis nie został złożony.',
  'errors.signatures.not_signed': 'Plik nie zawiera podpisu elektronicznego.',
  'errors.signatures.signature_invalid':
    'Podpis w pliku jest nieważny (np. plik zmieniono po podpisaniu). Sprawdź plik i wgraj go ponownie.',
  'errors.signatures.certificate_not_found': 'Nie znaleziono certyfikatu.',
  'errors.signatures.already_revoked': 'Certyfikat został już unieważniony.',
  'errors.signatures.unknown_user': 'Nie znaleziono użytkownika (albo konto jest nieaktywne).',
  'errors.signatures.invalid_anchor':
    'Plik nie jest certyfikatem urzędu certyfikacji ani listą zaufanych usług (TSL).',
  'errors.signatures.xml_refused':
    'Pliku XML nie przetworzono ze względów bezpieczeństwa (np. zawiera deklarację DTD lub jest zbyt złożony).',
  'errors.signatures.file_not_found': 'Nie znaleziono pliku.',
  'errors.signatures.timestamp_unavailable':
    'Usługa znacznika czasu jest niedostępna. Podpisz bez znacznika czasu albo spróbuj później.',
  'errors.signatures.no_validation': 'Ten plik nie był jeszcze weryfikowany.',
  'errors.signatures.unsupported_format': 'Nie obsługujemy weryfikacji podpisu w tym formacie pliku.',
  'errors.dispatch.not_found': 'Nie znaleziono wysyłki.',
  'errors.dispatch.item_not_found': 'Nie znaleziono przesyłki tej wysyłki.',
  'errors.dispatch.document_not_dispatchable':
    'Tego pisma nie można jeszcze wysłać: musi być zaakceptowane, a pismo elektroniczne — podpisane.',
  'errors.dispatch.channel_unavailable':
    'Wybrany sposób wysyłki nie jest dostępny dla tego adresata (brak adresu lub skrzynki).',
  'errors.dispatch.postal_options_required': 'Dla wysyłki pocztą wybierz rodzaj listu (zwykły lub polecony).',
  'errors.dispatch.invalid_tracking_number':
    'Nieprawidłowy numer nadania. Zeskanuj kod kreskowy z nalepki jeszcze raz.',
  'errors.dispatch.tracking_number_taken': 'Ten numer nadania został już użyty dla innej przesyłki.',
  'errors.dispatch.unknown_tracking_number':
    'Nie znaleziono przesyłki poleconej z tym numerem nadania. Sprawdź kod na zwrotce.',
  'errors.dispatch.invalid_transition':
    'Tej operacji nie można wykonać przy obecnym stanie przesyłki. Odśwież stronę.',
  'errors.dispatch.unknown_file': 'Nie znaleziono przesłanego pliku. Wgraj go ponownie.',
  'errors.dispatch.item_required': 'Wysyłka ma kilku adresatów — wskaż, której przesyłki dotyczy.',
  'errors.dispatch.no_mailbox':
    'Urząd nie ma skonfigurowanej skrzynki dla tego kanału. Poproś administratora o konfigurację integracji.',
  'errors.integrations.mailbox_not_found': 'Nie znaleziono skrzynki.',
  'errors.integrations.invalid_settings': 'Ustawienia połączenia są niekompletne lub nieprawidłowe.',
  'errors.integrations.invalid_certificate':
    'Certyfikat lub klucz prywatny jest nieprawidłowy albo do siebie nie pasują (wymagany format PEM).',
  'errors.integrations.address_taken': 'Skrzynka o tym adresie już istnieje.',
};
