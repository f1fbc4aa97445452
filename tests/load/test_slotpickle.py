"""Slotted dataclasses pickled by their slots (`load.slotpickle`): equal records back, through the
cache's restricted unpickler too, and every other class pickled as Python pickles it."""

from __future__ import annotations

import io
import pickle
from dataclasses import dataclass
from fractions import Fraction

import pytest

from factcheck.interval import Interval
from factcheck.load import cache
from factcheck.load.normalize import NO_EXTRAS
from factcheck.load.slotpickle import Reducers, set_slots
from factcheck.model import Citation, Kind, Position, Quantity, Unit


def _restricted(data: bytes):
    return cache._Unpickler(io.BytesIO(data)).load()


def test_frozen_and_plain_records_come_back_equal() -> None:
    position = Position("claims/a.yaml", 3, 7)
    unit = Unit("万人", "count", Fraction(10_000), "万人")
    records = [
        position,
        Citation(title="公报", quote="人口增长3万人"),
        Quantity(Interval.point(3), unit),
        Kind.FACT,
        NO_EXTRAS,
        cache._Entry(b"stat", b"digest", True, None),
    ]
    back = _restricted(cache.dumps(records))
    assert back == records
    assert back[4] is NO_EXTRAS  # its own reduction (a name) is kept
    assert pickle.loads(cache.dumps(records)) == records


def test_a_class_with_its_own_reduction_keeps_it() -> None:
    table = Reducers()
    assert table[Fraction] is not None  # pickled as usual: Fraction's own __reduce__
    assert table[Position](Position("a", 1, 2))[-1] is set_slots


@dataclass(slots=True)
class _NotAllowed:
    value: int


def test_set_slots_refuses_a_record_of_another_shape() -> None:
    with pytest.raises(TypeError):
        set_slots(Position("a", 1, 2), ["a", 1])
    with pytest.raises(pickle.UnpicklingError):  # a class loading never produces
        _restricted(cache.dumps(_NotAllowed(1)))
