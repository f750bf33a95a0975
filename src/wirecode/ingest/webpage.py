"""HTML pages: the article's text through trafilatura, without scripts, menus and footers.

`read_webpage(html)` returns the main text with the page's title and, where the page's own
metadata gives it, its publication date (basis `metadata`). A page whose main text trafilatura
cannot find falls back to all its visible text; a page with no text at all is skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
from dataclasses import dataclass

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
    re.IGNORECASE | re.DOTALL,
)
# trafilatura's own date search in the page text would be an inference, not metadata
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Webpage:
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    fallback: bool  # True when the whole visible text was taken, not the article


def looks_like_html(data: bytes, suffix: str) -> bool:
    return suffix in HTML_SUFFIXES or bool(_HTML_START.match(data[:4096]))


def read_webpage(html: str) -> Webpage | None:
    """The article in an HTML page, or None when the page holds no text."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                date_extraction_params=_DATE_PARAMS,
            )
        except Exception:  # a parser failure on a hostile page is one skipped page
            logger.warning("trafilatura failed on a page", exc_info=True)
            found = None
        text = (getattr(found, "text", None) or "").strip()
        fallback = False
        if not text:
            fallback = True
            try:
                text = trafilatura.html2txt(html).strip()
            except Exception:
                logger.warning("html2txt failed on a page", exc_info=True)
                text = ""
    if not text:
        return None
    return Webpage(
        text=text,
        title=_string(getattr(found, "title", None)),
        url=_string(getattr(found, "url", None)),
        outlet=_string(getattr(found, "sitename", None)),
        published=_date(getattr(found, "date", None)),
        fallback=fallback,
    )


def _string(value: object) -> str | None:
    return value.strip()[:500] or None if isinstance(value, str) else None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
