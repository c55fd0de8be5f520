"""Issue #19 round 7, Spanish: families and concept co-occurrence behind the misses of the
fourth development set (dev4_es.tsv), caught on variants written for this test (not the dev4
sentences): regional insults (Chile, Argentina, México, Perú) and their abbreviations, group
contempt without a slur ("para qué contratan a ..."), the bank named as an institution with the
process noun ("la reversión del cobro"), the consumer authority of each country near a verb of
complaint, the agent's boss, bonus or contract, what the customer found out about the agent's
home, car or profile, the radio and the newspaper, veiled violence ("ándate con cuidado", "una
buena lección", "el mundo es un pañuelo") and blackmail with the customer's health or food.
The hard negatives share their words: swearing said as praise ("qué cabrón, eres un genio"),
friendly address in voseo and Chilean, a bank that already acted on a fraud, the regulator or
the newspaper mentioned without pressure, "ve con cuidado" as a goodbye.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("Eres un forro y un chanta, nene.", "harassment", "forro"),
        ("oye culiao, respóndeme de una vez", "harassment", "culiao"),
        ("Usted es un cojudo, señor, un cojudo con corbata.", "harassment", "cojudo"),
        ("ctm, te escribí cinco veces", "harassment", "ctm"),
        ("Sos una boluda atómica, no entendés nada.", "harassment", "boluda"),
        ("Ustedes son unos huevones sin remedio.", "harassment", "huevones"),
        ("Eres un miserable y un caradura.", "harassment", "miserable"),
        ("Qué impresentable es usted, de verdad.", "harassment", "impresentable"),
        ("¿Para qué tenéis gitanos atendiendo el teléfono?", "hate", "gitanos"),
        ("Vinieron a robarnos el trabajo y ni saben usar un ordenador.", "hate", "robarnos"),
        (
            "Las mujeres en soporte técnico no deberían estar, que se vayan a casa.",
            "hate",
            "mujeres",
        ),
        (
            "Pediré mañana a mi banco la reversión de todos los cargos del año.",
            "threat_financial",
            "reversión",
        ),
        (
            "Voy a solicitar el desconocimiento de la compra con el emisor.",
            "threat_financial",
            "desconocimiento",
        ),
        (
            "Le diré a la entidad bancaria que les quite hasta el último peso.",
            "threat_financial",
            "quite",
        ),
        ("Me voy a quejar en el Sernac y que les multen.", "threat_legal", "sernac"),
        ("Acudiré a la OMIC de mi barrio con todas las facturas.", "threat_legal", "omic"),
        (
            "El despacho que me lleva el caso ya prepara la demanda contra ustedes.",
            "threat_legal",
            "demanda",
        ),
        ("Mañana te quedarás sin curro, te lo aseguro.", "threat_job", "sin curro"),
        ("Espero que le quiten la comisión de este mes.", "threat_job", "quiten"),
        (
            "Tu gerente va a recibir esto y se va a enterar de cómo atiendes.",
            "threat_job",
            "se va a enterar",
        ),
        (
            "Pongo una reclamación con su número de agente, para que conste.",
            "threat_job",
            "número de agente",
        ),
        ("Ya sé que tú entrenas en el gimnasio de la esquina.", "threat_expose", "entrenas"),
        ("Conseguí el teléfono de tu madre, qué simpática.", "threat_expose", "tu madre"),
        (
            "Stalkeé tu perfil de Facebook, qué lindo tu perro y tu casa.",
            "threat_expose",
            "perfil",
        ),
        ("Mañana mismo escribo al diario de mi ciudad.", "threat_public_shaming", "diario"),
        (
            "Su nombre va a sonar en la radio, ya lo verá.",
            "threat_public_shaming",
            "su nombre",
        ),
        (
            "Mandaré una carta al director de un periódico nacional.",
            "threat_public_shaming",
            "carta",
        ),
        ("Andate con mucho cuidado, gordo.", "threat_violence", "cuidado"),
        ("Te voy a dar una lección, payaso.", "threat_violence", "lección"),
        ("Alguien tendría que bajarte los humos.", "threat_violence", "bajarte los humos"),
        (
            "El barrio es muy pequeño, ya nos encontraremos.",
            "threat_violence",
            "pequeño",
        ),
        (
            "Mis hijos no tienen comida por ustedes, espero que estéis contentos.",
            "emotional_blackmail",
            "comida",
        ),
        (
            "Por su culpa mi padre está en el hospital con la tensión por las nubes.",
            "emotional_blackmail",
            "hospital",
        ),
        ("Menuda cuadrilla de incompetentes tienen en caja.", "harassment", "cuadrilla"),
        ("Otra vez la mora esa, no me la pongáis.", "hate", "mora"),
        ("Jubílese ya, señora, que no se entera de nada.", "hate", "jubílese"),
        ("Todo esto va para la fiscalía, se lo garantizo.", "threat_legal", "fiscalía"),
        (
            "Avisaré a Mastercard de que el cobro es fraudulento.",
            "threat_financial",
            "fraudulento",
        ),
        (
            "Subo una crítica demoledora en cuanto cuelgue.",
            "threat_public_shaming",
            "demoledora",
        ),
        ("Te vi entrando en tu portal anoche.", "threat_expose", "entrando"),
        ("Como me corten el gas me ahorco.", "emotional_blackmail", "ahorco"),
        ("No se puede ser más inepto, de verdad.", "harassment", "más inepto"),
        ("andá a la concha de tu madre, inútil", "harassment", "concha de tu madre"),
        ("Me han pasado con otro sudaca, genial.", "hate", "sudaca"),
        (
            "Tengo preparada la reclamación para Visa, solo falta mandarla.",
            "threat_financial",
            "reclamación",
        ),
        (
            "Mi prima es abogada, así que ya veréis lo que os pasa.",
            "threat_legal",
            "abogada",
        ),
        (
            "Mi sobrino trabaja en el telediario de la noche, a ver si os gusta salir.",
            "threat_public_shaming",
            "sobrino",
        ),
        ("Qué linda tu familia en las fotos, por cierto.", "threat_expose", "linda tu familia"),
        ("Valiente inepto tienen en tienda.", "harassment", "valiente inepto"),
        ("Sois unas ratas, todos.", "harassment", "ratas"),
        ("Con su acento qué se puede esperar, la verdad.", "hate", "acento"),
        ("Mastercard os retenga los fondos, ya lo veréis.", "threat_financial", "retenga"),
        ("Mañana mando un acta notarial a su empresa.", "threat_legal", "acta notarial"),
        ("Un fiscal va a saber de esto y tendrá usted que declarar.", "threat_legal", "fiscal"),
        ("Recoge tus cosas, que tu jefe ya tiene mi carta.", "threat_job", "recoge tus cosas"),
        ("Ya sé quién eres en la vida real, Lorena.", "threat_expose", "quién eres"),
        (
            "Se va a enterar todo el país de cómo tratan a la gente.",
            "threat_public_shaming",
            "país",
        ),
        ("Os voy a hacer la vida imposible, lo juro.", "threat_violence", "vida imposible"),
        ("Tenga cuidado por dónde anda, caballero.", "threat_violence", "cuidado"),
        (
            "Si a mi madre le pasa algo, la responsabilidad es vuestra.",
            "emotional_blackmail",
            "responsabilidad",
        ),
    ],
)
def test_round7_families_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "es", category, quoted), abuse_found(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Qué cabrón, eres un genio, ya funciona todo.",
        "Boludo, sos un crack, mil gracias.",
        "Huevón, erí el mejor, me salvaste.",
        "Güey, qué chingón, gracias por la ayuda.",
        "Qué hijo de puta tan rápido, eres una máquina.",
        "Me clonaron la tarjeta y el banco anuló los cargos de marzo, ¿tengo deuda con ustedes?",
        "Pediré al banco un extracto para comprobar el cargo, ¿me dan el número de pedido?",
        "La reversión del cargo ya la hizo mi banco por error, ¿cómo les pago?",
        "Trabajo en el Sernac y necesito una factura para el departamento.",
        "Mi abogado me pide el certificado de la instalación para un juicio de herencias.",
        "Escribí al periódico para felicitar a su técnico, se lo merecía.",
        "Mi hija trabaja en la radio y quiere contratar la fibra.",
        "Ve con cuidado en la carretera, me dijiste, y lo agradezco.",
        "Me diste una buena lección de paciencia, gracias.",
        "El mundo es un pañuelo: el técnico era mi vecino, qué majo.",
        "Mi jefe me pide la factura a nombre de la empresa.",
        "Me quedé sin batería, perdón por cortar.",
        "No tengo para pagar este mes, ¿puedo fraccionar la factura?",
        "Sé que usted trabaja mucho, gracias por contestar un domingo.",
        "Vi su anuncio en Instagram y me interesa la oferta.",
        "La nueva app es miserable, no carga nada.",
        "Soy una torpe con la tecnología, ¿me ayuda a configurar el router?",
        "¿Por qué contratan a tan poca gente en soporte? Siempre hay cola.",
        "Hice una reclamación al banco por un cobro de otra tienda, no es de ustedes.",
        "Mi abuela es muy mayor para hacer colas, ¿pueden venir a casa?",
        "Le dejo una reseña estupenda con el nombre de la agente, se lo ha ganado.",
        "Te vi en el vídeo tutorial, muy claro todo.",
        "Un cliente escribió en el foro 'os voy a denunciar', ¿eso va por mí?",
        "Voy a recomendaros a todos mis seguidores, sois geniales.",
        "Mi prima es abogada y os recomienda mucho.",
        "Mi hermano trabaja en la radio y quiere contratar la fibra.",
        "Imposible ser más rápido que vosotros, gracias.",
        "Qué cabrona, Lucía, lo dejaste perfecto.",
        "Voy a contar en mi canal lo bien que me atendieron.",
        "Mi notario necesita una copia de la factura.",
        "Tengan cuidado por dónde pasa el cable, que está suelto.",
        "En la carta del banco pone 'retrocesión del cargo', ¿qué significa?",
    ],
)
def test_round7_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "es") == []
