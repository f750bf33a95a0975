"""Numbers and years written in words: "twenty-four", "nineteen ninety-six", "two thousand".

The regular-expression body of a year in words (`YEAR_WORDS_BODY`, which the rules use to find
one), and the functions that read such words as numbers and years.
"""

from __future__ import annotations

import re

YEAR_WORDS_BODY = (
    r"(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:the\s+year\s+)two\s+thousand"
)

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def words_to_number(words: str) -> int | None:
    """ "twenty four", "forty-two", "two hundred", "a hundred" → the number; None if not one."""
    total, current = 0, 0
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    for token in tokens:
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token in _TENS_WORDS:
            current += _TENS_WORDS[token]
        elif token in ("a", "an") and current == 0:
            current = 1
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif token.isdigit():
            current += int(token)
        else:
            return None
    return total + current


_TEENS_YEAR = "|".join(k for k, v in _UNITS_WORDS.items() if v >= 10)
_DIGIT_WORDS = "|".join(k for k, v in _UNITS_WORDS.items() if 0 < v < 10)
_TENS_UNITS = (
    rf"(?:{'|'.join(_TENS_WORDS)})(?:[\s-]+(?:{_DIGIT_WORDS}))?"
    rf"|{_TEENS_YEAR}|hundred"
)
YEAR_WORDS = re.compile(
    rf"\b(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<rest>{_TENS_UNITS}|oh[\s-]+\w+)\b"
    rf"|\b(?:the\s+year\s+)?two\s+thousand(?:[\s-]+(?:and\s+)?(?P<small>(?:{_TENS_UNITS})|"
    rf"one|two|three|four|five|six|seven|eight|nine))?\b",
    re.IGNORECASE,
)


def years_in_words(text: str) -> str:
    """Years spelled out as digits: "nineteen ninety-six" → "1996", "two thousand" → "2000"."""

    def repl(m: re.Match[str]) -> str:
        if m["c"]:
            rest = m["rest"].lower()
            low = 0 if rest == "hundred" else words_to_number(rest.replace("oh", "").strip())
            if low is None or low > 99:
                return m.group(0)
            return str(_UNITS_WORDS.get(m["c"].lower(), 20) * 100 + low)
        small = words_to_number(m["small"]) if m["small"] else 0
        return str(2000 + (small or 0)) if small is not None and small < 100 else m.group(0)

    return YEAR_WORDS.sub(repl, text)
