"""Field values as CRM exports write them -> the app's values: types, lead statuses, websites.

What cannot be mapped is not an error here: the caller keeps it as written and flags it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from pos_desktop.domain.customer import CustomerType
from pos_desktop.domain.import_mapping import header_key

WEBSITE_MAX = 200


class LeadStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    WON = "won"
    LOST = "lost"


# fmt: off
_TYPES: dict[str, CustomerType] = {
    **{t.value: t for t in CustomerType},
    **dict.fromkeys(("person", "private", "privateperson", "consumer", "visitor", "b2c",
                     "individuals", "privat"), CustomerType.INDIVIDUAL),
    **dict.fromkeys(("company", "business", "corporation", "corp", "b2b", "enterprise",
                     "organisation", "organization", "firm", "trade", "tradevisitor",
                     "unternehmen"), CustomerType.CORPORATE),
    **dict.fromkeys(("youtubecreator", "youtuber", "creator", "influencer", "contentcreator",
                     "streamer", "blogger", "tiktoker", "instagrammer"), CustomerType.CREATOR),
    **dict.fromkeys(("media", "journalist", "presse", "reporter", "blogpress"),
                    CustomerType.PRESS),
    **dict.fromkeys(("exhibitors", "aussteller", "vendor"), CustomerType.EXHIBITOR),
    **dict.fromkeys(("partners", "reseller", "distributor", "sponsor"), CustomerType.PARTNER),
    **dict.fromkeys(("vip", "vipguest", "guestofhonour"), CustomerType.VIP),
}
_STATUSES: dict[str, LeadStatus] = {
    **{s.value: s for s in LeadStatus},
    **dict.fromkeys(("prospect", "lead", "open", "fresh", "neu", "nouveau", "nuevo"),
                    LeadStatus.NEW),
    **dict.fromkeys(("inprogress", "working", "attempted", "attemptedtocontact", "contacting",
                     "followup", "engaged", "kontaktiert"), LeadStatus.CONTACTED),
    **dict.fromkeys(("sql", "mql", "opportunity", "negotiation", "proposal", "interested",
                     "hot", "warm"), LeadStatus.QUALIFIED),
    **dict.fromkeys(("customer", "client", "converted", "closedwon", "closed", "gewonnen",
                     "signed"), LeadStatus.WON),
    **dict.fromkeys(("closedlost", "dead", "disqualified", "unqualified", "junk", "cold",
                     "verloren", "rejected"), LeadStatus.LOST),
}
# fmt: on

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")


def customer_type_for(text: str) -> CustomerType | None:
    """The app's type for a CRM's word; ``None`` when none fits (empty text: individual)."""
    key = header_key(text)
    if not key:
        return CustomerType.INDIVIDUAL
    return _TYPES.get(key)


def lead_status_for(text: str) -> LeadStatus | None:
    return _STATUSES.get(header_key(text))


@lru_cache(maxsize=16_384)  # a CRM export repeats its companies' websites
def normalize_website(text: str) -> str | None:
    """``example.com`` -> ``https://example.com``; ``None`` when it is not a web address."""
    value = text.strip()
    if not value or len(value) > WEBSITE_MAX or any(ch.isspace() for ch in value):
        return None
    if "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"}:
        return None
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    if not _HOST.match(host) or parts.username or parts.password:
        return None
    netloc = f"{host}:{port}" if port else host
    path = parts.path if parts.path not in {"", "/"} else ""
    return urlunsplit((parts.scheme.lower(), netloc, path, parts.query, parts.fragment))
