"""A mention placed in its document: the sentence it is told in and its trigger word.

Every coder (`extract` for contacts, `plover` for the other PLOVER types) records where a
mention is told the same way: the sentence's index, offsets and text, and the trigger word's
text and offsets.
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.records import Document, Mention


def mention_at(document: Document, index: int, sent, word, **fields) -> Mention:
    """A mention of `document` told in sentence number `index` (`sent`), triggered by `word`;
    `fields` are the other fields of the Mention (event, mode, status, actors, ...)."""
    return Mention(
        document=document.id,
        sentence_index=index,
        start=sent.start_char,
        end=sent.end_char,
        sentence=sent.text.strip(),
        trigger=word.text,
        trigger_start=word.idx,
        trigger_end=word.idx + len(word.text),
        **fields,
    )


def moved_to(mention: Mention, word, **fields) -> Mention:
    """A copy of `mention` triggered by another word of its sentence ("met in 2022 and
    again in 2023": "again"), with `fields` changed."""
    return replace(
        mention,
        trigger=word.text,
        trigger_start=word.idx,
        trigger_end=word.idx + len(word.text),
        **fields,
    )
