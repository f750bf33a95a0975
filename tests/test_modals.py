"""The modal table's forms are the tokens the tokenizer makes of contracted modals."""

from __future__ import annotations

import pytest

from wirecode.nlp import modals


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("They won't attend.", modals.FUTURE),
        ("He'll attend.", modals.FUTURE),
        ("She’ll attend.", modals.FUTURE),
        ("He'd attend.", modals.CONDITIONAL),
        ("They could attend.", modals.POSSIBLE),
        ("They must attend.", modals.OBLIGED),
    ],
)
def test_contracted_forms_are_in_the_table(nlp, text, table):
    modal = next(t for t in nlp(text) if t.tag_ == "MD")
    assert modal.lower_ in table


def test_the_kinds_do_not_overlap():
    kinds = [modals.FUTURE, modals.CONDITIONAL, modals.POSSIBLE, modals.ABLE, modals.OBLIGED]
    assert sum(map(len, kinds)) == len(modals.ALL)
