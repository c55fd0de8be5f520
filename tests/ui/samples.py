"""Files the UI tests and the screenshot script share (written here, by us)."""

from __future__ import annotations

from desk.ingest.formats.csv_mapping import ColumnMapping

# A helpdesk export no format knows: German headers, ";" between cells, day-first dates, and
# one row whose date does not match the others.
GERMAN = (
    "Kunde;Zeit;Nachricht;Richtung;Bearbeiter\n"
    "anna@example.de;03.02.2026 14:05;Meine Rechnung ist falsch.;rein;\n"
    "anna@example.de;03.02.2026 15:10;Wir prüfen das.;raus;Jonas\n"
    "bernd@example.de;04.02.2026 09:00;Wo bleibt meine Lieferung?;rein;\n"
    "bernd@example.de;04.02.2026 09:45;Sie ist unterwegs.;raus;Mia\n"
    "bernd@example.de;2026-02-05;Danke!;rein;\n"
)
GERMAN_COLUMNS = {
    "customer": "Kunde",
    "time": "Zeit",
    "body": "Nachricht",
    "is_customer": "Richtung",
    "author": "Bearbeiter",
}
GERMAN_MAPPING = ColumnMapping(
    **GERMAN_COLUMNS, customer_values=("rein",), time_format="%d.%m.%Y %H:%M"
)
