"""Print the mentions wirecode extracts from files: a development aid."""

import sys

from wirecode.ingest import read_inputs
from wirecode.pipeline import Coder, complete_date

coder = Coder()
for outcome in read_inputs(sys.argv[1:]):
    if outcome.document is None:
        print("SKIP", outcome.source, outcome.reason)
        continue
    document = complete_date(outcome.document)
    print("==", outcome.source, document.published)
    for m in coder.code(document):
        names = [a.name for a in m.actors]
        recipients = [a.name for a in m.recipients]
        date = m.date.value + " <" + m.date.text + "|" + m.date.basis + ">" if m.date else None
        print(
            f"  [{m.sentence_index}] {m.event}/{m.mode}/{m.status} {m.trigger!r} {names} -> "
            f"{recipients} date={date} init={m.initiator and m.initiator.name}"
        )
        print("      ", m.sentence[:160].replace("\n", " "))
