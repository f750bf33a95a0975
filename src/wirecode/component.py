"""wirecode inside your own spaCy pipeline: the `wirecode_events` component.

    import spacy
    import wirecode  # registers the factory (so does the `spacy_factories` entry point)

    nlp = spacy.load("en_core_web_sm")  # any English pipeline with a parser and NER
    nlp.add_pipe("wirecode_events", config={"published": "2023-04-27"})
    doc = nlp(text)
    doc._.wirecode_mentions   # list[wirecode.Mention]: one per event report, with its date
    doc._.wirecode_events     # list[wirecode.Event]: the mentions merged within the text

The component needs what `en_core_web_sm` gives: tokens with part-of-speech tags and a
dependency parse (`tagger`/`morphologizer`, `parser`, which also sets sentences) and named
entities (`ner`); it checks for a parser and NER when it is added. It changes nothing on the
`Doc` but the two extensions. The publication date anchors "on Wednesday": set it per text
with `doc._.wirecode_published` (a `datetime.date` or `YYYY-MM-DD`) before the component
runs (e.g. `nlp.pipe(..., as_tuples=True)` and a small setter), or per pipeline with the
`published` config; without either, it is inferred from the text as `wirecode run` does.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from wirecode.errors import WirecodeError

NAME = "wirecode_events"
NEEDS = ("parser", "ner")

for _name in ("wirecode_mentions", "wirecode_events", "wirecode_published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class MissingComponent(WirecodeError):
    """The pipeline lacks a component wirecode_events needs (a parser and NER)."""


class EventsComponent:
    """Sets `doc._.wirecode_mentions` and `doc._.wirecode_events` on every doc."""

    def __init__(self, nlp: Language, name: str, *, published: str | None, actors: list[str]):
        missing = [n for n in NEEDS if not nlp.has_pipe(n)]
        if missing:
            raise MissingComponent(
                f"{name} needs a pipeline with {' and '.join(NEEDS)} (like en_core_web_sm); "
                f"this one has {', '.join(nlp.pipe_names) or 'no components'}"
            )
        self.name = name
        self.published = _date(published)
        self.actors = list(actors)
        self._coder = None
        self._nlp = nlp

    @property
    def coder(self):
        if self._coder is None:
            from wirecode.actors.kb import KnowledgeBase
            from wirecode.pipeline import Coder

            kb = KnowledgeBase.load(*self.actors) if self.actors else None
            self._coder = Coder(nlp=self._nlp, kb=kb)
        return self._coder

    def __call__(self, doc: Doc) -> Doc:
        from wirecode.ingest.documents import document_id
        from wirecode.merge import merge
        from wirecode.pipeline import complete_date
        from wirecode.records import DateValue, Document

        published = _date(doc._.wirecode_published) or self.published
        document = Document(
            id=document_id(doc.text),
            text=doc.text,
            published=DateValue.day(published, text=published.isoformat(), basis="metadata")
            if published
            else None,
            published_basis="metadata" if published else "unknown",
        )
        document = complete_date(document, self.coder.kb)
        mentions = self.coder.code_doc(doc, document)
        day = document.published.end if document.published else None
        doc._.wirecode_mentions = mentions
        doc._.wirecode_events = merge(mentions, published=lambda _doc: day)
        return doc


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@Language.factory(
    NAME,
    default_config={"published": None, "actors": []},
    requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.wirecode_mentions", "doc._.wirecode_events"],
)
def make_events(nlp: Language, name: str, published: str | None, actors: list[str]):
    """The wirecode_events factory: `published` (YYYY-MM-DD) dates every text; `actors`
    names user actor files (docs/actors.md) to add to the built-in knowledge."""
    return EventsComponent(nlp, name, published=published, actors=actors)
