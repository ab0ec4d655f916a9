/** Files: the preview shown beside a document (PDF, images, TIFF scans, text) and its download. */
export const filesPl = {
  'files.preview.region': 'Podgląd pliku {name}',
  'files.preview.download': 'Pobierz',
  'files.preview.download_label': 'Pobierz plik {name}',
  'files.preview.unavailable': 'Podgląd niedostępny',
  'files.preview.unavailable_hint':
    'Tego rodzaju pliku nie można pokazać w przeglądarce. Pobierz plik, aby otworzyć go w programie na komputerze.',
  'files.preview.page_previous': 'Poprzednia strona',
  'files.preview.page_next': 'Następna strona',
  'files.preview.page_status': 'Strona {page} z {count}',
  'files.preview.zoom_in': 'Powiększ',
  'files.preview.zoom_out': 'Pomniejsz',
  'files.preview.zoom_level': 'Powiększenie',
  'files.preview.pdf_page': 'Strona {page} z {count} dokumentu {name}',
  'files.preview.pdf_error':
    'Nie udało się wyświetlić pliku PDF (plik może być uszkodzony). Pobierz plik, aby go otworzyć.',
  'files.preview.pdf_password': 'Plik PDF jest zabezpieczony hasłem. Pobierz plik, aby go otworzyć.',
  'files.preview.image_alt': 'Obraz {name}',
  'files.preview.image_error': 'Nie udało się wyświetlić obrazu. Pobierz plik, aby go otworzyć.',
  'files.preview.tiff_page': 'Strona {page} z {count} skanu {name}',
  'files.preview.text_label': 'Treść pliku {name}',
  'files.preview.scroll_label': 'Podgląd pliku {name} (przewijany strzałkami)',
  'files.preview.empty_text': 'Plik nie zawiera tekstu.',
  'files.preview.extracted_text':
    'Pokazano sam tekst dokumentu, bez formatowania, obrazów i tabel w oryginalnym układzie.',
  'files.preview.xml_malformed': 'Plik XML ma błędy składni, dlatego pokazano go bez formatowania.',
  'files.preview.truncated':
    'Pokazano tylko początek pliku (około 1 MB tekstu). Pobierz plik, aby zobaczyć całość.',
};
