"""A story's dateline: the place (and date, and agency) that opens a wire report.

"BRASILIA, Jan 15 (Reuters) - Lula will travel ..." and "KYIV, Ukraine (AP) — Biden made ..."
open with where the story was filed, then a dash or a colon, then the lead sentence.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^\s*(?P<places>[A-Z][A-Z.'’\- ]{1,40}(?:/[A-Z][A-Z.'’\- ]{1,40})*)"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Za-z.]+)?)?"  # "WASHINGTON, D.C." or ", April 5"
    r"(?:,?\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", April 5" or ", April 5, 2023"
    r"\s*(?:\([^)]{1,40}\))?\s*(?::|--?|–|—|_)\s"
)
REACH = 160  # characters a dateline may take


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the lead sentence begins when a dateline opens `text` at `start`, else None."""
    match = DATELINE.match(text[start : start + REACH])
    if match is None or not text[start + match.end() : start + match.end() + 1].strip():
        return None
    return start + match.end()
