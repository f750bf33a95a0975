"""Parses built by hand, so that a rule is tested on the structure it reads (not on what
the model happens to make of a sentence)."""

from __future__ import annotations

from spacy.tokens import Doc


def hand_parse(vocab, rows, spaces: list[bool] | None = None) -> Doc:
    """A one-sentence `Doc` from (word, head, dep, pos, tag, lemma) rows, with no space
    before a full stop or a comma unless `spaces` says where they are."""
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    if spaces is None:
        spaces = [words[i + 1] not in (".", ",") for i in range(len(words) - 1)] + [False]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
