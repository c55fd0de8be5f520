"""Issue #19 round 11, Spanish precision: a step already taken is reported, not threatened.

A customer who says they already filed the police report, opened the dispute or left the
review names a professional move without holding it over the reader (the issue's own example
of a false alarm: "a customer stating a bank dispute they already filed"). The pack's ``done``
words (the first person's preterite of filing, posting and reporting verbs) lower a financial,
legal or public-shaming match after them in the same clause, as a negation does, and its
``negation_after`` words do so after the match ("el contracargo que ya está en trámite"). A
threat that follows in a condition or a new clause still counts, and so does violence.

Variants written for this test (not the sentences of the development, check or training sets);
rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    "text",
    [
        "Me clonaron la tarjeta, ya puse la denuncia en la policía, ¿cómo pido una nueva?",
        "Anoche presenté una denuncia en la comisaría por el robo del paquete, les adjunto copia.",
        "El contracargo que ya está en trámite es por otro cargo, ¿me confirman el número?",
        "Hice el contracargo por error hace un mes, ¿cómo lo anulo?",
        "Dejé una reseña mala en enero pero luego lo arreglaron, gracias.",
        "Publiqué una queja en Twitter la semana pasada y ya me contestaron.",
        "Interpuse una reclamación ante consumo en marzo, ¿tienen novedades?",
    ],
)
def test_a_step_already_taken_is_not_a_threat(text: str) -> None:
    assert abuse_found(text, "es") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Si no me devuelven el dinero, pondré una denuncia ante consumo.", "threat_legal"),
        ("Ya puse una queja y si no me responden hoy haré un contracargo.", "threat_financial"),
        ("Les aviso: pondré una reseña de una estrella en todas partes.", "threat_public_shaming"),
        ("Puse la denuncia y ahora voy a por ti, sé dónde vives.", "threat_violence"),
    ],
)
def test_a_threat_after_it_still_counts(text: str, category: str) -> None:
    assert category in {c for c, _ in abuse_found(text, "es")}
