"""Issue #19 round 5, Spanish: the families behind the misses of the second development set
(dev2_es.tsv) caught as families, on variants written for this test (not the dev2 sentences):
everyday insults and "no sabe ni sumar", telling the bank or PayPal "it never arrived", charges
reported as unauthorised, evidence kept for the court, the boss who "will hear from me", a thread
or video on a named network, damage to the shop, self-harm said in the first person, "someone
from here" and "you women are no good", what the writer knows of the agent's family and address.
The hard negatives share their words: a condition with "como no" is still a threat, "cero
estrellas si pudiera" is a wish, a status question about a filed dispute is not a threat.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("Eres un cenutrio, te lo digo con cariño.", "harassment", "cenutrio"),
        ("Vaya ceporro estás hecho.", "harassment", "ceporro"),
        ("El chico de la tienda no sabe ni contar hasta diez.", "harassment", "no sabe ni contar"),
        (
            "Le diré al banco que no autoricé esa compra y a ver qué pasa.",
            "threat_financial",
            "banco",
        ),
        ("Como no me lo arregléis hoy, os quedáis sin cobrar.", "threat_financial", "sin cobrar"),
        (
            "Pienso marcar los cobros de enero como no reconocidos.",
            "threat_financial",
            "no reconocid",
        ),
        ("Guardo los pantallazos para el juicio, que lo sepáis.", "threat_legal", "juicio"),
        ("El viernes me presento en Facua con el contrato.", "threat_legal", "Facua"),
        (
            "Tu supervisora va a tener noticias mías esta misma tarde.",
            "threat_job",
            "noticias mías",
        ),
        ("No creo que quieran mantenerte en nómina después de esto.", "threat_job", "nómina"),
        (
            "Mañana publico un hilo en Twitter sobre vuestra atención.",
            "threat_public_shaming",
            "hilo",
        ),
        ("Te van a quemar el coche y yo tan tranquilo.", "threat_violence", "quemar el coche"),
        ("Ojalá os atropelle el autobús al salir.", "threat_violence", "atropelle"),
        (
            "Si esto sigue así me quito la vida, que lo sepáis.",
            "emotional_blackmail",
            "quito la vida",
        ),
        ("Quiero hablar con alguien que sea de aquí.", "hate", "de aquí"),
        ("Las mujeres no sabéis ni configurar un router.", "hate", "no sabéis"),
        ("Tu novio trabaja en el taller de enfrente, lo sé.", "threat_expose", "trabaja en"),
        ("Tu móvil ya lo tengo, y tu dirección también.", "threat_expose", "móvil"),
        ("Voy a pasar tus fotos a todos mis contactos.", "threat_expose", "fotos"),
        ("Subo un vídeo en YouTube y con tu nombre.", "threat_public_shaming", "YouTube"),
    ],
)
def test_round5_phrasings_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "es", category, quoted), abuse_found(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Le pondría una estrella si pudiera, pero el técnico fue muy amable.",
        "Nuestra contable pregunta si el contracargo de enero ya se cerró.",
        "Como no sé usar la app, ¿me lo podéis hacer por teléfono?",
        "Como cliente no voy a demandar a nadie, solo pido una solución.",
        "Mi hermana vive en Cádiz, ¿le podéis mandar el pedido allí?",
        "Me presento en la tienda el lunes para recoger el portátil.",
        "Guardo las facturas para la declaración de la renta.",
        "He visto un hilo en Twitter que dice que hay una caída, ¿es cierto?",
        "Mi jefe tendrá noticias mías cuando me llegue el pedido, lo necesita para el lunes.",
        "Voy a quemar un CD con las fotos, ¿la app exporta en JPG?",
        "Soy de aquí de toda la vida y no encuentro vuestra tienda.",
        "Tengo tu nombre apuntado para dar las gracias a tu jefe, Lucía.",
    ],
)
def test_round5_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "es") == []
