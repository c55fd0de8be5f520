"""Issue #19 round 8, Spanish: precision first, then recall, on variants written for this test
(not the sentences of dev..dev6, support, holdout or training).

Precision (the guards, extended for Spanish): a negated wish or saying ("no quiero que te
despidan", "jamás diría que ...": the "que" right after the negated verb no longer breaks the
negation); speech reported from someone else with the writer as object ("un cliente me amenazó
con un contracargo", "el repartidor me gritó que me largara"); an intention given up ("pensaba
demandarlos, pero ..."); a dispute that is someone else's or that the customer wants to close, a
complaint filed for the record, a question about the procedure ("solo pregunto"); hyperboles
after a verb of harm ("te voy a matar a preguntas"); the fix praised beside friendly swearing
("qué cabrón, lo arreglaste"); guard rules under the flag threshold that keep the learned signal
off a frame (the bank that already acted, "¿eres una persona o un bot?").

Recall: an insult that opens its clause and is followed by an order or a "you" ("culiao inútil,
responde", "tarado inútil, contéstame"), the apposition "un tal Rodrigo" between commas, the
consumer authority of each country (PROCON, Profeco, SERNAC, Indecopi, the Superintendencia,
OSIPTEL ...) with a verb of reporting or a second person, insults of Spain and Latin America not
listed before, and more tenses and forms of the families already held.

Rules alone (no learned model), so a failure names the rule pack, not the model; the guard test
runs the shipped model."""

from __future__ import annotations

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector
from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("Tarado inútil, contéstame ya.", "harassment", "inútil"),
        ("oiga weon culiao, respóndame lo que le pregunté", "harassment", "culiao"),
        ("Maldito incompetente, te escribí hace una hora.", "harassment", "incompetente"),
        ("Eres un pelmazo, así de claro.", "harassment", "pelmazo"),
        ("Vos sos un soquete, decime algo útil.", "harassment", "soquete"),
        ("Usted es un soquete, no entiende nada.", "harassment", "soquete"),
        ("Qué tarugo eres, por favor.", "harassment", "tarugo"),
        ("Sos un papanatas con auriculares.", "harassment", "papanatas"),
        (
            "La persona del chat de ayer, un tal Ramiro, es un incompetente total.",
            "harassment",
            "incompetente",
        ),
        (
            "Quien me atendió el martes, una tal Jimena, es una inútil.",
            "harassment",
            "inútil",
        ),
        ("Te voy a reportar al PROCON y vas a ver.", "threat_legal", "procon"),
        ("Voy a levantar una queja en la Profeco contra usted.", "threat_legal", "profeco"),
        (
            "Me quejaré en OSIPTEL con tu nombre, que te quede claro.",
            "threat_legal",
            "osiptel",
        ),
        (
            "El Sernac va a saber de ti, te van a multar por esto.",
            "threat_legal",
            "sernac",
        ),
        (
            "Acudo a la oficina del consumidor contra ustedes mañana.",
            "threat_legal",
            "oficina del consumidor",
        ),
        (
            "Tu gerente tendrá mi queja con tu nombre y apellido esta tarde.",
            "threat_job",
            "tu nombre",
        ),
        (
            "Pondré un reclamo a su supervisor con su nombre, señorita.",
            "threat_job",
            "su nombre",
        ),
        # more forms of the families already held
        ("Mi equipo legal se encargará de esto el lunes.", "threat_legal", "equipo legal"),
        ("Nos vemos en los juzgados, caballero.", "threat_legal", "juzgados"),
        ("Como sigas así acabarás en urgencias.", "threat_violence", "urgencias"),
        ("Cuando os ponga las manos encima vais a ver.", "threat_violence", "manos encima"),
        ("Despídete de tu comisión, ya escribí a la central.", "threat_job", "despídete"),
        ("Con esta queja te vas a la calle, ya verás.", "threat_job", "a la calle"),
        ("Una queja a recursos humanos y se te acaba la risa.", "threat_job", "recursos humanos"),
        ("O me pagas o te hago viral esta misma noche.", "threat_public_shaming", "viral"),
        ("Tu nombre va a ser tendencia mañana, prometido.", "threat_public_shaming", "tendencia"),
        ("Me das asco, de verdad, qué manera de trabajar.", "harassment", "me das asco"),
        ("Malditos inmigrantes, no hay quien os entienda.", "hate", "inmigrantes"),
        ("Quiero que me atienda alguien de aquí, no con un latino.", "hate", "latino"),
        ("Tu pinta de cholo lo explica todo.", "hate", "cholo"),
        ("Te esperamos afuera cuando cierres.", "threat_violence", "afuera"),
        ("Te busqué en LinkedIn y ya sé mucho de ti.", "threat_expose", "linkedin"),
        (
            "Me estáis destrozando y la culpa la llevarás tú.",
            "emotional_blackmail",
            "destrozando",
        ),
    ],
)
def test_round8_families_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "es", category, quoted), abuse_found(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        # a negated wish
        "No quiero que te despidan por mi culpa, solo que me ayudes.",
        "Nadie pretende que te sancionen, tranquilo.",
        "Tampoco busco que te echen, entiendo que es el sistema.",
        # someone else's threat or insult, told by the customer
        "Una compradora me amenazó con un contracargo, ¿cómo me defiendo como vendedor?",
        "El repartidor me gritó que me largara a la mierda, y quiero poner una queja.",
        "Un cliente me insultó por teléfono y me llamó imbécil, ¿me pasan con seguridad?",
        # an intention given up
        "Pensaba demandarlos, pero ustedes lo solucionaron enseguida.",
        "Quería abrir una disputa con el banco, pero ya no hace falta.",
        # a dispute that is not a move against the company, or a question about it
        "Hay un contracargo de otra web en mi extracto, no de ustedes, ¿me confirman?",
        "Me aparece un contracargo que no fui yo, ¿lo pueden mirar?",
        "Abrí una reclamación en PayPal, ¿cómo la retiro? Ya me llegó el paquete.",
        "¿Se puede pedir al banco que devuelva un cargo repetido? Solo pregunto.",
        "Presenté una queja en consumo para que conste, sigo esperando su respuesta.",
        # hyperboles
        "Te voy a matar a preguntas, perdona, es mi primera vez.",
        "Te mataría por un café ahora mismo, qué mañana llevo.",
        # the fix praised beside friendly swearing
        "Qué cabrón, lo arreglaste en un minuto.",
        "Boludo, lo resolviste rapidísimo.",
        # an insult about a thing, or about the writer, beside an order
        "Estúpida app, ayúdame a encontrar el botón de pago.",
        "Tonta yo, mira, ya encontré el número de pedido.",
        # a plain question to the agent
        "¿Eres una persona o un bot? Es para saber si repito la pregunta.",
        # sympathy, a product praised, a technician awaited
        "Me das pena, con tanta gente escribiendo a la vez.",
        "Este vídeo vuestro va a ser viral, qué bien hecho está.",
        "Te espero abajo en el portal con la caja del router.",
        # the authority named without pressure
        "La Profeco me dijo que les escribiera primero, aquí estoy.",
        "Trabajo en OSIPTEL y quiero contratar su plan de hogar.",
    ],
)
def test_round8_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "es") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Me robaron la tarjeta y el banco rechazó tres cargos, uno de ellos vuestro; ¿qué hago?",
        "¿Eres una persona real o un bot? Para saber cómo escribir.",
        "Mi suegra me va a matar si no le llega el regalo el domingo.",
        "Somos abogados y necesitamos diez líneas para el despacho.",
        "Le voy a escribir a tu supervisora para decirle lo bien que me atendiste.",
    ],
)
def test_round8_guards_keep_the_learned_signal_off_these_frames(text: str) -> None:
    """The pack's guard rules (weight under the flag threshold) flag nothing themselves and
    keep the shipped model from flagging their category on these frames."""
    hits = Detector().detect(text, "es")
    assert [h for h in hits if h.category in ABUSE_VALUES] == []
