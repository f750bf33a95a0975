"""A contact noun whose "between" names its two sides takes no subject from a clause above."""

from __future__ import annotations

import datetime as dt

import wirecode

TEXT = (
    "White House spokesman Tommy Vietor said Obama has been getting regular briefings.\n"
    "Asked if there have been any direct telephone calls between Obama and Mubarak, Vietor "
    'said, "The president has not called President Mubarak, but there is daily contact '
    'between the two governments."'
)


def test_the_one_asked_about_calls_between_a_pair_is_no_side_of_them():
    events = wirecode.code(TEXT, published=dt.date(2011, 1, 28))
    sides = [{a.name for a in e.actors + e.recipients} for e in events if e.mode == "phone"]
    assert {"Barack Obama", "Hosni Mubarak"} in sides
    assert not any("Tommy Vietor" in s for s in sides)
