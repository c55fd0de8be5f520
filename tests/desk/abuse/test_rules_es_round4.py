"""Issue #19 round 4, Spanish: the phrasing families customers use without the pack's stock
words (a bank or payment provider by name, a consumer body of their country, the press, the
boss described, what is known about the agent, street violence, self-harm as leverage, hate
without a slur, insults about a named agent) are caught by the rules and quoted; the hard
negatives that share their words (the customer's own details, a dispute already filed, an
honest review, praise of a named agent, "voy a partir el router") stay unflagged.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        (
            "Esta tarde llamo a Bancolombia y os reversan el cobro.",
            "threat_financial",
            "Bancolombia",
        ),
        (
            "Como no me lo devolváis, Openbank os retira el cargo mañana.",
            "threat_financial",
            "retira",
        ),
        (
            "Pienso devolveros todas las cuotas hasta que me deis de baja.",
            "threat_financial",
            "cuotas",
        ),
        ("Mañana presentaré una queja ante Profeco con su nombre.", "threat_legal", "Profeco"),
        ("El SERNAC os va a multar, ya veréis.", "threat_legal", "multar"),
        ("Os meto un monitorio y os embargan la cuenta.", "threat_legal", "monitorio"),
        ("Ve actualizando tu currículum, Lorena.", "threat_job", "currículum"),
        ("Tu jefa lo va a leer y te quedas en la calle.", "threat_job", "en la calle"),
        ("Sé en qué colegio estudian tus hijos.", "threat_expose", "colegio"),
        ("He encontrado tu Instagram y sé que vives en Móstoles.", "threat_expose", "Instagram"),
        ("Voy a colgar tu foto en todos los foros del barrio.", "threat_expose", "foto"),
        (
            "Vais a salir en El País por cómo tratáis a la gente.",
            "threat_public_shaming",
            "El País",
        ),
        ("Os voy a poner verdes en todas partes.", "threat_public_shaming", "verdes"),
        ("Voy a hundir vuestra puntuación en Google Maps.", "threat_public_shaming", "Google Maps"),
        ("Te voy a dar dos hostias como te vea.", "threat_violence", "hostias"),
        ("Vais a salir de la oficina en ambulancia.", "threat_violence", "ambulancia"),
        (
            "Conozco a gente que por cincuenta euros hace lo que sea.",
            "threat_violence",
            "lo que sea",
        ),
        ("Si no me ayudáis me tiro por la ventana esta noche.", "emotional_blackmail", "ventana"),
        (
            "Estoy pensando en acabar con todo y la culpable eres tú.",
            "emotional_blackmail",
            "acabar",
        ),
        ("Se nota que eres latina, no os enteráis de nada.", "hate", "latina"),
        ("Eres demasiado vieja para entender una aplicación.", "hate", "vieja"),
        ("Los musulmanes como tú no deberían atender al público.", "hate", "musulmanes"),
        ("el tal kevin es un mequetrefe", "harassment", "mequetrefe"),
        ("Sois una pandilla de ineptos.", "harassment", "ineptos"),
    ],
)
def test_round4_phrasings_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "es", category, quoted), abuse_found(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Bancolombia me ha devuelto el cobro duplicado, os lo comento para que no lo reclaméis.",
        "Ya puse la queja en Profeco el mes pasado; os escribo solo para daros el folio.",
        "No os voy a poner verdes en ningún sitio, solo quiero que lo arregléis.",
        "Estoy actualizando el currículum en vuestra bolsa de empleo y no sube el PDF.",
        "Mi hijo va al colegio de Alcalá, cambiad la dirección de envío, por favor.",
        "He encontrado vuestra página de Facebook, ¿contestáis también por ahí?",
        "Os mando el DNI y la dirección para verificar la cuenta.",
        "Leí en El País que vais a abrir tienda en Sevilla, ¿es verdad?",
        "Os he dejado cinco estrellas en Google Maps, lo merecéis.",
        "Voy a partir el router en dos como no se conecte, ¿qué hago?",
        "Te daría dos besos, me lo has solucionado en un momento.",
        "Voy a arreglar la estantería con mis propias manos, gracias por las piezas.",
        "Voy a ir a buscar el paquete a la oficina, ¿a qué hora abrís?",
        "Soy colombiana y mi tarjeta no pasa, ¿aceptáis tarjetas de fuera?",
        "Mi madre tiene 80 años y no entiende la app, ¿hay una versión más sencilla?",
        "Esto es España y la factura tiene que llevar el IVA español.",
        "Eres un genio, con ese nombre tan bonito y encima tan eficaz.",
        "Lucía es un sol, me lo ha resuelto en cinco minutos.",
        "Voy a ir a la comisaría a denunciar el robo del móvil, ¿me dais el IMEI?",
    ],
)
def test_round4_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "es") == []
