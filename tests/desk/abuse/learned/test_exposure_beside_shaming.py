"""A threat to publish the agent's photo, name or number plate is exposure as well as public
shaming: where the rules flagged public shaming (they know the words of publishing) and the
model reads exposure, the model's exposure hit is added beside the rules'. A threat to publish a
review or a story, with nothing of the agent's, stays public shaming alone. Sentences written
for this test, not from any set."""

from __future__ import annotations

import pytest

from desk.abuse.detector import Detector
from desk.abuse.learned.combine import is_learned

pytestmark = pytest.mark.slow


def _categories(detector: Detector, text: str, language: str) -> dict[str, bool]:
    """Each abuse category found, and whether a rule (not the model) gave it."""
    found: dict[str, bool] = {}
    for hit in detector.detect(text, language):
        found[hit.category] = found.get(hit.category, False) or not is_learned(hit.rule_id)
    return found


def test_the_agents_details_to_be_posted_are_exposure_too(detector: Detector) -> None:
    text = (
        "Ya tengo el nombre completo del repartidor y la matrícula de su moto; si hoy no me "
        "devuelven el dinero, subo su foto a todos los grupos de Facebook del barrio."
    )
    found = _categories(detector, text, "es")
    assert found.get("threat_public_shaming") is True  # the rules' own hit, as before
    assert found.get("threat_expose") is False  # the model's, beside it


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Si no me devuelven el dinero, dejo una reseña de una estrella en Google y lo cuento "
            "en todos los grupos del barrio.",
        ),
        (
            "en",
            "Unless you refund me I will leave a one-star review on Google and tell the whole "
            "Facebook group how bad your service is.",
        ),
    ],
)
def test_a_review_or_a_story_stays_public_shaming(
    detector: Detector, language: str, text: str
) -> None:
    found = _categories(detector, text, language)
    assert "threat_public_shaming" in found
    assert "threat_expose" not in found
