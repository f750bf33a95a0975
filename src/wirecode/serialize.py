"""Records to plain dicts and back: the stored form of mentions and the event JSON contract."""

from __future__ import annotations

from wirecode.records import ActorRef, DateValue, Document, Event, Mention, Place


def actor_to_dict(actor: ActorRef) -> dict:
    return {
        "id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "kind": actor.kind,
        "text": actor.text,
        "basis": actor.basis,
    }


def actor_from_dict(data: dict) -> ActorRef:
    return ActorRef(
        data["id"],
        data["name"],
        data.get("country"),
        data.get("sector"),
        data.get("kind", "person"),
        data.get("text", ""),
        data.get("basis", ""),
    )


def mention_to_dict(mention: Mention) -> dict:
    return {
        "document": mention.document,
        "sentence_index": mention.sentence_index,
        "start": mention.start,
        "end": mention.end,
        "sentence": mention.sentence,
        "trigger": mention.trigger,
        "trigger_start": mention.trigger_start,
        "trigger_end": mention.trigger_end,
        "event": mention.event,
        "mode": mention.mode,
        "status": mention.status,
        "actors": [actor_to_dict(a) for a in mention.actors],
        "recipients": [actor_to_dict(a) for a in mention.recipients],
        "date": mention.date.to_dict() if mention.date else None,
        "location": mention.location.to_dict() if mention.location else None,
        "initiator": actor_to_dict(mention.initiator) if mention.initiator else None,
        "quotes": mention.quotes,
        "contexts": mention.contexts,
        "reported_by": mention.reported_by,
        "confidence": mention.confidence,
        "coder": mention.coder,
    }


def mention_from_dict(data: dict) -> Mention:
    return Mention(
        document=data["document"],
        sentence_index=data["sentence_index"],
        start=data["start"],
        end=data["end"],
        sentence=data["sentence"],
        trigger=data["trigger"],
        event=data["event"],
        mode=data.get("mode"),
        status=data["status"],
        actors=[actor_from_dict(a) for a in data["actors"]],
        recipients=[actor_from_dict(a) for a in data.get("recipients", [])],
        date=DateValue.from_dict(data["date"]) if data.get("date") else None,
        location=Place.from_dict(data.get("location")),
        initiator=actor_from_dict(data["initiator"]) if data.get("initiator") else None,
        quotes=list(data.get("quotes", [])),
        contexts=list(data.get("contexts", [])),
        reported_by=list(data.get("reported_by", [])),
        confidence=data.get("confidence", 1.0),
        coder=data.get("coder", ""),
        trigger_start=data.get("trigger_start", 0),
        trigger_end=data.get("trigger_end", 0),
    )


def document_to_dict(document: Document) -> dict:
    return {
        "id": document.id,
        "path": document.path,
        "paths": document.paths,
        "url": document.url,
        "outlet": document.outlet,
        "title": document.title,
        "published": document.published.to_dict() if document.published else None,
        "published_basis": document.published_basis,
    }


def event_to_json(event: Event, documents: dict[str, Document]) -> dict:
    """The event JSON of design.md: one object per event, field names are the contract."""
    date = event.date
    return {
        "id": event.id,
        "event": event.event,
        "mode": event.mode,
        "status": event.status,
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_start": date.start.isoformat() if date else None,
        "date_end": date.end.isoformat() if date else None,
        "date_basis": date.basis if date else None,
        "date_text": date.text if date else None,
        "actors": [a.to_dict() for a in event.actors],
        "recipients": [a.to_dict() for a in event.recipients],
        "initiator": event.initiator.to_dict() if event.initiator else None,
        "location": event.location.to_dict() if event.location else None,
        "contexts": event.contexts,
        "sources": event.sources,
        "independent_sources": event.independent_sources,
        "quotes": [{**quote, "document": m.document} for m in event.mentions for quote in m.quotes],
        "conflicts": [c.to_dict() for c in event.conflicts],
        "corrections": event.corrections,
        "mentions": [_mention_json(m, documents.get(m.document)) for m in event.mentions],
    }


def _mention_json(mention: Mention, document: Document | None) -> dict:
    published = document.published if document else None
    return {
        "document": mention.document,
        "path": document.path if document else None,
        "outlet": document.outlet if document else None,
        "published": published.value if published else None,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "trigger": mention.trigger,
        "trigger_start": mention.trigger_start,
        "status": mention.status,
        "mode": mention.mode,
        "date": mention.date.value if mention.date else None,
        "date_basis": mention.date.basis if mention.date else None,
        "reported_by": mention.reported_by,
    }
