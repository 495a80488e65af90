"""Loading the settings: defaults, then the TOML file, then ``POS_*`` variables, then the
command line; every value is coerced to its field's type, checked, and remembers its source.

Also how ``config show`` masks secrets (:func:`masked`), and the settings that existed once
(:data:`RETIRED`: still accepted with a warning, so an old file keeps working).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, get_type_hints

from pos_desktop.config.sections import (
    ConfigError,
    Settings,
    _section_names,
    default_config_file,
)
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import Phrase, say
from pos_desktop.domain.text import describe_character

ENV_PREFIX = "POS_"
SECRET_KEYS = frozenset({"password", "secret", "token"})
_URL_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&]*", re.IGNORECASE)
#: Settings that existed once: still accepted (a warning says so), so an old file keeps working.
RETIRED = {
    "security.lockout_minutes": say(
        "logins now wait a little longer after each failure instead of"
        " locking the account (security.max_login_delay_seconds)"
    ),
}


def _refuse_controls(text: str) -> None:
    """Settings end up on receipts (an escape there is a printer command) and in emails: no
    control characters but line breaks and tabs (an address has lines)."""
    for ch in text:
        if ch not in "\n\r\t" and unicodedata.category(ch) in {"Cc", "Cs"}:
            raise ValueError(
                say("holds a control character ({character})", character=describe_character(ch))
            )


def _coerce(raw: Any, kind: Any, where: str, *, keep_spaces: bool = False) -> Any:
    """Turn a TOML value or an environment string into the field's type."""
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(say("expected true or false"))
        if kind is int:
            if isinstance(raw, bool | float):
                raise ValueError(say("expected a whole number"))
            return int(str(raw).strip())
        if kind is Decimal:
            if isinstance(raw, bool):
                raise ValueError(say("expected a number"))
            return Decimal(str(raw).strip())
        if kind is str:
            if not isinstance(raw, str):
                raise ValueError(say("expected text"))
            _refuse_controls(raw)
            return raw if keep_spaces else raw.strip()
    except (ValueError, ArithmeticError) as err:
        raise ConfigError(
            say("{where}: {value!r} is not valid ({why})", where=where, value=raw, why=_why(err))
        ) from None
    raise TypeError(f"unsupported setting type {kind}")  # pragma: no cover


def _why(err: Exception) -> str:
    """An error's words, still a ``Phrase`` when it was raised with one (``str(err)`` is not)."""
    return err.args[0] if len(err.args) == 1 and isinstance(err.args[0], Phrase) else str(err)


def _apply(settings: Settings, key: str, raw: Any, source: str) -> None:
    section_name, _, name = key.partition(".")
    known = _known_keys(settings)
    if name not in known.get(section_name, set()):
        raise ConfigError(say("{key} (from {source}) is not a setting", key=key, source=source))
    section = getattr(settings, section_name)
    f = next(f for f in dataclasses.fields(section) if f.name == name)
    kind = get_type_hints(type(section))[name]
    where = say("{key} (from {source})", key=key, source=source)
    value = _coerce(raw, kind, where, keep_spaces=is_secret(key))
    check = f.metadata.get("check")
    if check is not None:
        try:
            value = check(value)
        except ValidationError as err:
            messages = [p.message for p in err.problems]
            reason = messages[0] if len(messages) == 1 else "; ".join(messages)
            raise ConfigError(
                say(
                    "{key} (from {source}): {value!r} {reason}",
                    key=key,
                    source=source,
                    value=raw,
                    reason=reason,
                )
            ) from None
    setattr(section, name, value)
    settings.sources[key] = source


def _known_keys(settings: Settings) -> dict[str, set[str]]:
    return {
        name: {f.name for f in dataclasses.fields(getattr(settings, name))}
        for name in _section_names()
    }


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(
            say("{path}: not valid TOML ({error})", path=str(path), error=str(err))
        ) from None
    except OSError as err:
        raise ConfigError(
            say("{path}: cannot be read ({why})", path=str(path), why=err.strerror)
        ) from None


def load_settings(
    *,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults, then the TOML file, then ``POS_*`` variables, then ``overrides`` (command line)."""
    env = os.environ if environ is None else environ
    settings = Settings()

    explicit = config_file or (Path(env["POS_CONFIG"]) if env.get("POS_CONFIG") else None)
    path = explicit or default_config_file()
    if explicit and not explicit.is_file():
        raise ConfigError(say("configuration file {path} does not exist", path=str(explicit)))
    if path.is_file():
        settings.config_file = path
        _apply_file(settings, path)
        _warn_if_others_read_secrets(settings, path)
    _apply_environment(settings, env)
    for key, raw in (overrides or {}).items():
        _apply(settings, key, raw, "command line")
    return settings


def _apply_file(settings: Settings, path: Path) -> None:
    known = _known_keys(settings)
    for section_name, values in _read_file(path).items():
        if section_name not in known:
            raise ConfigError(
                say("{path}: unknown section [{section}]", path=str(path), section=section_name)
            )
        if not isinstance(values, dict):
            raise ConfigError(
                say(
                    "{path}: {section} must be a [{section}] section",
                    path=str(path),
                    section=section_name,
                )
            )
        for name, raw in values.items():
            key = f"{section_name}.{name}"
            if key in RETIRED:
                settings.warnings.append(_retired(key, str(path)))
            elif name not in known[section_name]:
                raise ConfigError(
                    say(
                        "{path}: unknown key {name!r} in [{section}]",
                        path=str(path),
                        name=name,
                        section=section_name,
                    )
                )
            else:
                _apply(settings, key, raw, f"file {path}")


def _warn_if_others_read_secrets(settings: Settings, path: Path) -> None:
    """A password in a file others may read: say so (the next save makes it private)."""
    if os.name != "posix" or not path.stat().st_mode & 0o077:
        return
    from_file = f"file {path}"
    secrets = [
        key
        for key, value, source in settings.items()
        if source == from_file
        and value
        and (is_secret(key) or (key == "database.url" and masked(key, value) != value))
    ]
    if secrets:
        settings.warnings.append(
            say(
                "{path} holds {keys} and other users may read it:"
                " chmod 600 {path} (saving from the Settings screen does)",
                path=str(path),
                keys=", ".join(secrets),
            )
        )


def _apply_environment(settings: Settings, env: Mapping[str, str]) -> None:
    known = _known_keys(settings)
    for variable in sorted(env):
        if not variable.startswith(ENV_PREFIX) or variable == "POS_CONFIG":
            continue
        section_name, _, name = variable[len(ENV_PREFIX) :].lower().partition("_")
        if section_name not in known:
            continue  # other tools' POS_* variables
        key = f"{section_name}.{name}"
        if key in RETIRED:
            settings.warnings.append(_retired(key, variable))
        elif name not in known[section_name]:
            settings.warnings.append(say("{variable} is not a setting; ignored", variable=variable))
        else:
            _apply(settings, key, env[variable], f"env {variable}")


def _retired(key: str, where: str) -> str:
    return say(
        "{key} ({where}) is no longer used and is ignored: {why}",
        key=key,
        where=where,
        why=RETIRED[key],
    )


def is_secret(key: str) -> bool:
    return key.rpartition(".")[2] in SECRET_KEYS


def masked(key: str, value: Any) -> str:
    """How ``config show`` prints a value: passwords as ``********``, URLs without theirs."""
    if is_secret(key):
        return "********" if value else ""
    if key == "database.url":
        hidden = _URL_PASSWORD.sub(r"\1********@", str(value))
        return _QUERY_PASSWORD.sub(r"\1********", hidden)
    return str(value)
