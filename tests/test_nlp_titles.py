"""An abbreviated title keeps its period, so the parser does not end a sentence at it
("Amb. Chris Stevens met ...", "signed by Capt. John Smith and Sgt. Tom Jones")."""

from __future__ import annotations

import pytest

from wirecode.nlp import load


@pytest.mark.parametrize(
    "text",
    [
        "Amb. Chris Stevens met rebel leaders in Benghazi.",
        "It was signed by Capt. John Smith and Sgt. Tom Jones.",
        "Sgt. Bowe Bergdahl was freed on Saturday.",
    ],
)
def test_a_title_abbreviation_ends_no_sentence(text):
    doc = load()(text)
    assert len(list(doc.sents)) == 1


def test_a_title_abbreviation_is_one_token():
    doc = load()("Forces loyal to Col. Gadhafi shelled Misrata, said Lt. Gen. Smith.")
    assert {"Col.", "Lt.", "Gen."} <= {t.text for t in doc}
