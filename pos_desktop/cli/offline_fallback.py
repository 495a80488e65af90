"""Money commands and registrations that go on when the server does not answer.

A terminal on PostgreSQL with an offline journal (``pos-desktop sync --once`` makes it; see
docs/offline-design.md) runs ``invoice create``, ``customer add`` and ``checkin`` on the server
as before (``--key``, one more try after a lost COMMIT answer). When the server does not
answer, or still cannot tell after that try, the same action with the same key is saved on the
journal and the JSON says ``"offline": true``; ``sync`` sends it later, exactly once. While
entries wait to be sent, new actions go to the journal too: the server's series takes them in
order first.

A void, a refund or an edit (``where_held``) of an invoice this terminal sold on its journal
goes to the journal while the server does not answer or entries wait: it follows the sale to
the server, in order, exactly once. The server's own invoices are refused offline with words.

Offline, the user is checked against the journal's copy of the users (``POS_USER`` and the
argon2 hash), or the ``pos-desktop login`` session copied with this terminal's sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from pos_desktop.cli.context import CliContext
from pos_desktop.cli.exactly_once import exactly_once
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt, InvalidState
from pos_desktop.domain.roles import Actor

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services
    from pos_desktop.bootstrap.offline import OfflineTill

T = TypeVar("T")

#: Said under an action saved on the journal.
OFFLINE_NOTE = "Saved on this till (offline); it goes to the server with `pos-desktop sync`."
#: Why a void, refund or edit of an invoice only the server has is refused offline.
ON_THE_SERVER = (
    "invoice {number} is on the server, which does not answer: voids, refunds and edits of it"
    " wait until it does (this till's journal holds only the sales made on it offline)"
)


def online_or_offline(
    obj: CliContext,
    act: Callable[[Services, Actor, ActionKey], T],
    key_text: str | None,
    what: str,
) -> tuple[T, bool]:
    """``act`` on the server, else on this terminal's journal: ``(result, offline)``."""
    key = ActionKey.parse(key_text) if key_text else ActionKey.new()
    till = obj.services(require_schema=False, login=False).offline
    if till is not None and till.waiting():
        return _on_journal(obj, till, act, key), True
    try:
        result = _on_server(obj, act, key, what)
    except (DatabaseUnavailable, InDoubt):
        if till is None or not till.exists():
            raise
        return _on_journal(obj, till, act, key), True
    if till is not None:
        till.after_online(result)
    return result, False


def where_held(
    obj: CliContext,
    number: str,
    act: Callable[[Services, Actor, ActionKey], T],
    key_text: str | None,
    what: str,
) -> tuple[T, bool]:
    """A void, refund or edit of invoice ``number``: ``(result, offline)``.

    On the journal when it holds the invoice and entries wait (the correction must follow
    the sale, in order) or the server does not answer; otherwise on the server. An answer in
    doubt goes to the journal under the same key only for an invoice it holds: had the server
    taken it, the replay finds the key."""
    key = ActionKey.parse(key_text) if key_text else ActionKey.new()
    till = obj.services(require_schema=False, login=False).offline
    if till is not None and till.waiting() and till.holds(number):
        return _on_journal(obj, till, act, key), True
    try:
        result = _on_server(obj, act, key, what)
    except (DatabaseUnavailable, InDoubt) as trouble:
        if till is None or not till.exists():
            raise
        if not till.holds(number):
            if isinstance(trouble, InDoubt):
                raise  # the server may have taken it: the key says, never "refused"
            raise InvalidState(ON_THE_SERVER.format(number=number)) from None
        return _on_journal(obj, till, act, key), True
    return result, False


def _on_server(
    obj: CliContext, act: Callable[[Services, Actor, ActionKey], T], key: ActionKey, what: str
) -> T:
    """``act`` on the server under ``key``, asked once more after a lost COMMIT answer."""
    services = obj.services()
    actor = obj.actor
    return exactly_once(lambda k: act(services, actor, k), key.value, what)


def _on_journal(
    obj: CliContext,
    till: OfflineTill,
    act: Callable[[Services, Actor, ActionKey], T],
    key: ActionKey,
) -> T:
    """``act`` on this terminal's journal, the user checked against its copy."""
    journal = till.services
    return act(journal, obj.offline_actor(journal), key)
