"""PDF files: their text layer through pypdf, page by page, within bounds.

A PDF without a text layer (scanned pages), an encrypted one, or one pypdf cannot parse is
skipped with that reason; nothing here runs OCR. At most `MAX_PAGES` pages are read.
"""

from __future__ import annotations

import io
import logging
import warnings

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 500


def read_pdf(data: bytes, *, max_chars: int) -> tuple[str | None, str | None]:
    """(text, note) or (None, reason); never raises."""

    pages: list[str] = []
    note = None
    pypdf_logger = logging.getLogger("pypdf")
    level = pypdf_logger.level
    pypdf_logger.setLevel(logging.ERROR)  # its repair notices ("EOF marker not found") are noise
    try:
        return _read(data, max_chars=max_chars, pages=pages, note=note)
    finally:
        pypdf_logger.setLevel(level)


def _read(data: bytes, *, max_chars: int, pages: list[str], note: str | None):
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                return None, "encrypted PDF (decrypt it first)"
            total = len(reader.pages)
            size = 0
            for number, page in enumerate(reader.pages):
                if number >= MAX_PAGES or size > max_chars:
                    note = f"PDF read up to page {number} of {total}"
                    break
                text = page.extract_text() or ""
                pages.append(text)
                size += len(text)
        except Exception as error:  # any parser failure is this one file's skip
            logger.info("pypdf failed", exc_info=True)
            return None, f"unreadable PDF ({type(error).__name__}: {str(error)[:120]})"
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        return None, "PDF without a text layer (scanned pages are not read)"
    return text, note
