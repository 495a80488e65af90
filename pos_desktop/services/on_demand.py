"""Built when first needed: the composition root's services and event handlers.

``bootstrap`` wires every service and handler, but a command uses few of them: each is
built, and its module imported, on first use (``customer show`` loads no printing, PDFs or
migrations). These two helpers do that safely across threads.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from pos_desktop.services.messagebus import Transaction

T = TypeVar("T")


class built_once(Generic[T]):  # noqa: N801 - a decorator, like ``functools.cached_property``
    """A service built on first use and kept, like ``cached_property``, but built once even
    when two threads ask at the same moment (the app's runner threads may be first): the
    instance's ``_building`` lock is held while building (an ``RLock``: building one service may
    build others). After that the value sits in the instance's ``__dict__`` and is read without
    this descriptor."""

    def __init__(self, build: Callable[[Any], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> built_once[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...
    def __get__(self, instance: object, owner: type) -> T | built_once[T]:
        if instance is None:
            return self
        values = instance.__dict__
        with instance._building:  # type: ignore[attr-defined]
            if self._name not in values:
                values[self._name] = self._build(instance)
            return values[self._name]  # type: ignore[no-any-return]


class OnFirstEvent:
    """Handlers of an object built (its module imported) when the first of its events comes.

    The handlers are registered with the bus at once and in their order; what they run is
    loaded only by an action that causes it.
    """

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._built: Any = None
        self._lock = threading.Lock()

    def _owner(self) -> Any:
        if self._built is None:
            with self._lock:
                if self._built is None:
                    self._built = self._build()
        return self._built

    def handler(self, name: str) -> Callable[[Transaction, Any], None]:
        method: Callable[[Transaction, Any], None] | None = None  # the owner's, once built

        def run(uow: Transaction, event: Any) -> None:
            nonlocal method
            if method is None:
                method = getattr(self._owner(), name)
            method(uow, event)

        run.__name__ = run.__qualname__ = name
        return run


def module_on_first_event(name: str) -> OnFirstEvent:
    return OnFirstEvent(lambda: importlib.import_module(name))
