"""What counts as the writer's own words in an email body."""

from __future__ import annotations

import pytest

from desk.ingest.mail.own_words import own_words


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks!\n\nOn Mon, 4 Mar 2024 at 10:00, Ann <ann@x.com> wrote:\n> hi\n", "Thanks!"),
        (
            "Thanks!\n\nOn Mon, 4 Mar 2024 at 10:00 AM Ann Smith <\nann@x.com> wrote:\n> hi",
            "Thanks!",
        ),
        ("No.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nhi", "No."),
        ("No.\n\nFrom: Bob <b@acme.com>\nSent: Monday, 4 March 2024\nTo: Ann\nSubject: x", "No."),
        ("Nej.\n\nFrån: Bob\nSkickat: den 4 mars 2024\nTill: Ann\n", "Nej."),
        ("Nej.\n\nDen 4 mars 2024 kl. 10:00 skrev Bob <b@acme.se>:\n> hej", "Nej."),
        ("No.\n\nEl lun, 4 mar 2024 a las 10:00, Bob (<b@acme.es>) escribió:\n> hola", "No."),
        ("No.\n\n-----Mensaje original-----\nDe: Bob\nEnviado: lunes", "No."),
        ("Нет.\n\n-----Исходное сообщение-----\nОт: Боб\nОтправлено: понедельник", "Нет."),
        ("Нет.\n\nпн, 4 мар. 2024 г. в 10:00, Bob <b@acme.ru>:\n> привет", "Нет."),
        ("Нет.\n\n04.03.2024 10:00, Боб пишет:\n> привет", "Нет."),
        ("Point one.\n> quoted\nMy answer.\n> more", "Point one.\nMy answer."),
        ("Hello\n-- \nAnn Smith\nCEO", "Hello"),
        ("Hello\n\nSent from my iPhone", "Hello"),
        ("Hello\r\nworld\r\n", "Hello\nworld"),
        ("I wrote: this is fine and on topic", "I wrote: this is fine and on topic"),
    ],
)
def test_quotes_and_signatures_are_not_the_writers_words(body: str, expected: str) -> None:
    assert own_words(body) == expected
