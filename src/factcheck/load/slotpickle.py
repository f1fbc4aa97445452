"""Slotted dataclasses pickled as a tuple of their field values, set back through the slots.

Why: the loaded-claims cache and a loading worker's hand-over pickle tens of thousands of small
records (claims, positions, citations, quantities). Python's own way costs a `dataclasses.fields()`
call per record each way for the frozen ones (a third of unpickling them), and a dict of field
names per record for the others (a claim's state was ~200 bytes of keys). Here each class's field
names and slot setters are worked out once.
"""

from __future__ import annotations

import copyreg
import pickle
from dataclasses import fields, is_dataclass
from operator import attrgetter
from types import MemberDescriptorType
from typing import Any, Callable

Setters = tuple[Callable[[Any, Any], None], ...]


def _slots_of(cls: type) -> tuple[tuple[str, ...], Setters] | None:
    """The field names and slot setters of a plain slotted dataclass; None for any other class
    (its own reduction is left as it is)."""
    if not is_dataclass(cls) or "__slots__" not in vars(cls):
        return None
    if cls.__reduce__ is not object.__reduce__ or cls.__reduce_ex__ is not object.__reduce_ex__:
        return None
    getstate = cls.__getstate__
    if getstate is not object.__getstate__ and getstate.__name__ != "_dataclass_getstate":
        return None
    names = tuple(field.name for field in fields(cls))
    slots = [getattr(cls, name, None) for name in names]
    if not all(isinstance(slot, MemberDescriptorType) for slot in slots):
        return None
    return names, tuple(slot.__set__ for slot in slots)


class _Known(dict):
    """type → its setters, or None: filled the first time a type is seen."""

    def __missing__(self, cls: type) -> Setters | None:
        found = _slots_of(cls)
        self[cls] = None if found is None else found[1]
        return self[cls]


_SETTERS = _Known()


def set_slots(obj: Any, state: tuple[Any, ...]) -> None:
    """The unpickling half: each field's value set through its slot (frozen or not)."""
    setters = _SETTERS[type(obj)]
    if setters is None or len(setters) != len(state):
        raise TypeError(f"{type(obj).__name__} is not pickled by its slots")
    for set_slot, value in zip(setters, state):
        set_slot(obj, value)


class Reducers(dict):
    """A pickler's `dispatch_table`: slotted dataclasses by their slots, anything else as usual."""

    def __missing__(self, cls: type) -> Callable[[Any], Any]:
        if isinstance(cls, type) and issubclass(cls, type):
            raise KeyError(cls)  # a class itself, pickled by name: the pickler's own rule
        found = _slots_of(cls)
        if found is None:
            reduce: Callable[[Any], Any] = _usual
        else:
            reduce = _by_slots(cls, found[0])
        self[cls] = reduce
        return reduce


def _usual(obj: Any) -> Any:
    return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)


def _by_slots(cls: type, names: tuple[str, ...]) -> Callable[[Any], Any]:
    """`cls()` made without `__init__`, then `set_slots(obj, values)` (pickle's `state_setter`)."""
    values = attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),) if names else ())

    def reduce(obj: Any) -> tuple[Any, ...]:
        return (copyreg.__newobj__, (cls,), values(obj), None, None, set_slots)

    return reduce
