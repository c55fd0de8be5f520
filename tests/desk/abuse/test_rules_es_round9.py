"""Issue #19 round 9, Spanish: families, on variants written for this test (not the sentences of
dev..dev7, support, holdout or training).

Language: short Spanish chat with no function word ("pinche naco, contesta bien") was read as
English and never reached the Spanish pack; regional slang and colloquial words now count for
Spanish (desk/abuse/language.py), while English and Swedish keep their language.

Recall: getting the agent fired in the verbs of each region (despedir, correr, botar, rajar, "a
la calle", the passive "sea despedida"), the agent put in the media or a neighbourhood group
("sales en el noticiero"), beatings by their regional names (madriza, putiza, golpiza, pela,
"cagar a palos", "sacar la cresta") and the body part split in any tense, slurs for immigrants
and "vete a tu país", self-harm with the agent blamed.

Precision: "con tu nombre" alone no longer means the agent's job (a praising review with the name,
a name in a farewell note), "correr"/"botar" a program or a thing, "no estoy amenazando" in every
person, the agent praised by name.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from desk.abuse.language import detect_language
from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    "text",
    [
        "pinche naco, contesta bien",
        "güey, responde ya",
        "weon culiao, contesta",
        "che boludo, mirá esto",
        "cojudo, oiga, conteste",
        "mira pendejo, dime algo",
        "callate gilipollas",
    ],
)
def test_short_spanish_slang_is_read_as_spanish(text: str) -> None:
    assert detect_language(text) == "es"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("SOS please help, my account is locked", "en"),
        ("you are a pendejo and I want my money back", "en"),
        ("Hello, is the Mira lamp back in stock?", "en"),
        ("hej, jag vill bara veta när paketet kommer", "sv"),
        ("alla mina beställningar är borta, hjälp", "sv"),
    ],
)
def test_english_and_swedish_keep_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_short_spanish_slang_reaches_the_spanish_pack() -> None:
    text = "pinche naco, contesta bien"
    assert caught_and_quoted(text, detect_language(text), "harassment", "naco")


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        # the job
        ("Exijo que el chavo de la caja sea despedido hoy.", "threat_job", "despedido"),
        ("Pido que la asesora sea corrida de inmediato.", "threat_job", "corrida"),
        ("Hablé con la gerencia para que la boten, esa chica no sirve.", "threat_job", "boten"),
        ("Solicito el despido de la persona que atendió mi caso.", "threat_job", "despido"),
        ("Hay que correrlo, ya le escribo a su jefe.", "threat_job", "correrlo"),
        ("Ojalá que te corran esta misma semana.", "threat_job", "corran"),
        ("Te van a echar a la calle por esto.", "threat_job", "a la calle"),
        ("Despídanla ya, no sabe atender.", "threat_job", "despídanla"),
        # public shaming: the media, a neighbourhood group
        ("Prepárate, que vas a salir en el telediario.", "threat_public_shaming", "telediario"),
        ("Tu cara va a salir en el periódico, te lo juro.", "threat_public_shaming", "periódico"),
        (
            "Ya llamé a una reportera del canal de noticias por lo que me hiciste.",
            "threat_public_shaming",
            "reportera",
        ),
        (
            "Voy a subir tus mensajes al grupo de Facebook del barrio.",
            "threat_public_shaming",
            "grupo de facebook",
        ),
        # violence by its regional names
        ("Te voy a dar una putiza, ya verás.", "threat_violence", "putiza"),
        ("Te vas a llevar una golpiza si te encuentro.", "threat_violence", "golpiza"),
        ("Le voy a partir la jeta a ese operador.", "threat_violence", "jeta"),
        ("Te agarro a patadas en cuanto salgas.", "threat_violence", "patadas"),
        ("Te voy a sacar la chucha, aweonao.", "threat_violence", "chucha"),
        ("Te doy una pela que no te vas a olvidar.", "threat_violence", "pela"),
        ("Darte una madriza es lo que me falta.", "threat_violence", "madriza"),
        # hate
        ("Otro mojado en el chat, qué asco.", "hate", "mojado"),
        ("Veneco muerto de hambre, pásame con otro.", "hate", "muerto de hambre"),
        ("Lárgate a tu país y deja que me atienda otro.", "hate", "tu país"),
        # self-harm with the agent blamed
        (
            "Si no me devuelven el depósito me tiro del puente y será culpa suya.",
            "emotional_blackmail",
            "puente",
        ),
        (
            "Me voy a tomar todas mis pastillas si hoy no me contestan.",
            "emotional_blackmail",
            "pastillas",
        ),
    ],
)
def test_round9_families_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "es", category, quoted), abuse_found(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        # the agent named with praise, a name asked for
        "Voy a dejar una reseña de cinco estrellas con tu nombre, te la ganaste.",
        "Publiqué una reseña con tu nombre contando lo amable que fuiste.",
        # no threat meant, in any person
        "No le estoy amenazando con acciones legales, solo pido el reembolso.",
        # correr / botar a program or a thing, a job lost by the customer
        "Que lo corran otra vez desde el panel, a mí no me abre.",
        "El paquete llegó roto, que lo boten y me manden otro.",
        "Me despidieron del trabajo y necesito pausar el plan.",
        "A mi hermano lo echaron a la calle, ¿puedo pasar la línea a mi nombre?",
        "¿Me puedes echar una mano con la factura?",
        # the media and groups without leverage
        "Vi en el noticiero que abren tienda nueva, ¿dónde queda?",
        "Mi hija es periodista y le encanta su app.",
        "Me uní al grupo de Facebook de clientes, ¿es el oficial?",
        # wet parcels, football, a fall
        "La caja llegó toda mojada por la lluvia.",
        "El Madrid les dio una paliza anoche, perdón, ¿y mi pedido?",
        "Me caí y me partí la cara, por eso no fui a buscar el paquete.",
        "Mi vecino es peruano y me recomendó la tienda.",
    ],
)
def test_round9_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "es") == []
