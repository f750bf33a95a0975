"""Name normalisation shared by the actor knowledge base and its build script.

``normalise`` folds case, diacritics, hyphens, dots and curly quotes so that
"Kim Jong-un" == "Kim Jong Un", "Erdoğan" == "Erdogan" and "U.S." == "US".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "PATRONYMIC_PARTICLES",
    "normalise",
    "person_id",
    "strip_article",
    "slugify",
    "surname",
]

# "son of", "daughter of": with the name after it, the surname of an Arabic name ("bin Salman")
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})

# Letters that NFKD does not decompose into a base letter plus a combining mark.
_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "–": "-",
        "—": "-",
    }
)
_SEPARATORS = re.compile(r"[\s\-_/]+")
_DROP = re.compile(r"[.\u200b]")


def normalise(text: str) -> str:
    """Return a lookup key: lower case, no diacritics, no dots, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.lower())
    return _SEPARATORS.sub(" ", text).strip(" ,;:'\"")


def strip_article(key: str) -> str:
    """Drop a leading "the " from an already normalised key."""
    return key[4:] if key.startswith("the ") else key


def slugify(text: str) -> str:
    """A stable ASCII slug: "Volodymyr Zelensky" -> "volodymyr-zelensky"."""
    key = normalise(text).replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-")


def person_id(name: str) -> str:
    """The id of a person the knowledge base does not know: "person:" and the name's slug,
    whether the coder found the name in a text or an analyst typed it in a correction."""
    return "person:" + slugify(name)


def surname(name: str) -> str:
    """The normalised last token of a name ("Luiz Inácio Lula da Silva" -> "silva"), with
    a patronymic particle before it ("Mohammed bin Salman" -> "bin salman"): such a
    person is called "bin Salman", never "Salman", which is someone else's given name."""
    tokens = normalise(name).split()
    if len(tokens) >= 3 and tokens[-2] in PATRONYMIC_PARTICLES:
        return " ".join(tokens[-2:])
    return tokens[-1] if tokens else ""
