"""Where a full `wirecode run` spends its time: `python bench/stages.py --docs 40`.

Codes a Timeline17 sample (bench/run.py's) with the model loaded beforehand, in partitions
as a run makes them (`wirecode.parallel.PARTITION`), and prints the CPU time of each stage
and its share: every spaCy component (run one at a time over each batch, as `nlp.pipe`
does; with `--prefilter` the parse is timed whole, and the prefilter's own steps within it)
and the post-parse steps of `Coder.code_doc` (with the time expressions they read, within
`extract_mentions` and `DateFinder`, on a line of their own). CPU time of this
process, not wall time: other work on the machine changes it less. `--cprofile FILE` also
writes a cProfile of the run (it inflates Python against Cython: use it to find hot
functions, the plain timings for shares). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import sample, write_jsonl  # noqa: E402  (bench/ is not a package)

# post-parse steps: names looked up in wirecode.pipeline's namespace
STEPS = (
    "find_actor_mentions",
    "extract_mentions",
    "DateFinder",
    "plover_mentions",
    "combine_with_contacts",
    "find_quotes",
    "attach_quotes",
    "locate_mentions",
)
# steps timed within the above, each (module, name, label)
WITHIN = (
    ("wirecode.events.dating", "find_timexes", "find_timexes (in extract_mentions)"),
    ("wirecode.prefilter", "_runs", "prefilter _runs (in parse)"),
    ("wirecode.prefilter", "_unparsed", "prefilter _unparsed (in parse)"),
    ("wirecode.prefilter", "_joined", "prefilter _joined (in parse)"),
)


def _timed(function, name: str, spent: dict):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started

    return wrapper


def _parse_timed(nlp, texts: list[str], spent: dict) -> list:
    """What `Coder.parse` does (`nlp.pipe(texts, batch_size=len(texts))`), one component
    at a time over the batch, each timed."""
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent["spaCy tokenizer"] += time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=len(texts)))
        else:
            docs = [component(doc) for doc in docs]
        spent[f"spaCy {name}"] += time.process_time() - started
    return docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--prefilter", action="store_true")
    parser.add_argument(
        "--spacy-attributes",
        action="store_true",
        help="spaCy's own attribute ruler and lemmatizer (not wirecode.nlp.attributes)",
    )
    parser.add_argument("--cprofile", default=None, help="write a cProfile of the run here")
    args = parser.parse_args(argv)

    import importlib

    import wirecode.nlp
    import wirecode.pipeline as pipeline
    from wirecode.ingest import read_inputs
    from wirecode.nlp.views import parsed_stretches
    from wirecode.parallel import PARTITION
    from wirecode.records import Document

    if hasattr(wirecode.nlp, "build"):
        nlp = wirecode.nlp.build(fast_attributes=not args.spacy_attributes)
    else:  # a wirecode from before wirecode.nlp.attributes, for a before/after profile
        nlp = wirecode.nlp.load()
    coder = pipeline.Coder(nlp=nlp, prefilter=args.prefilter)
    coder.code(Document(id="warm-up", text="warm up"))
    if hasattr(wirecode.nlp, "common_words"):  # a run's coder shares the model it reads
        wirecode.nlp.common_words()  # (`nlp.load`); this one has a model of its own
    with tempfile.TemporaryDirectory() as tmp:
        data = write_jsonl(sample(args.docs), Path(tmp) / "sample.jsonl")
        outcomes = list(read_inputs([str(data)]))
    documents = [pipeline.complete_date(o.document, coder.kb) for o in outcomes if o.document]

    spent: dict[str, float] = defaultdict(float)
    parsed = [0, 0]  # characters parsed, characters in all
    for step in STEPS:
        setattr(pipeline, step, _timed(getattr(pipeline, step), step, spent))
    for module_name, step, label in WITHIN:
        module = importlib.import_module(module_name)
        setattr(module, step, _timed(getattr(module, step), label, spent))
    profile = cProfile.Profile() if args.cprofile else None
    started = time.process_time()
    if profile:
        profile.enable()
    for first in range(0, len(documents), PARTITION):  # partitions, as a run
        batch = documents[first : first + PARTITION]
        parse_started = time.process_time()
        texts = [d.text for d in batch]
        docs = coder.parse(texts) if args.prefilter else _parse_timed(nlp, texts, spent)
        spent["parse (all)"] += time.process_time() - parse_started
        for document, doc in zip(batch, docs, strict=True):
            parsed[0] += sum(b - a for a, b in parsed_stretches(doc))
            parsed[1] += len(document.text)
            coder.code_doc(doc, document)
    if profile:
        profile.disable()
        profile.dump_stats(args.cprofile)
    total = time.process_time() - started
    spent["post-parse (all)"] = total - spent["parse (all)"]
    print(f"total {total:.1f} s for {len(documents)} documents ({len(documents) / total:.2f}/s)")
    print(f"text parsed {parsed[0] / parsed[1]:.1%} of {parsed[1]} characters")
    for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{stage:<36} {seconds:7.2f} s  {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
