"""Messages of the core that the window shows in its own language (no Qt here).

A :class:`Message` *is* its English text (a ``str``: the command line prints
it, tests compare it, joins and ``in`` work as before) and also carries a
stable ``key`` — the English template — and the ``args`` it was filled with.
The window translates the key with Qt's catalogue (``ui/core_text.py`` lists
every key) and fills the translated template with the arguments, each itself
written in that language: a nested :class:`Message`, or a value with a
``localized(language)`` method (a time, a duration, a person's name, a list of
names: :mod:`models.message_values`) whose ``str`` is the English form.

Every template used in ``models/`` must be listed in ``ui/core_text.py``
(``tests/unit/test_messages.py`` checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

Translate = Callable[[str], str]


class Localized(Protocol):
    def localized(self, language: str) -> str: ...


class Message(str):
    """English text with its template (``key``) and the values it was filled with."""

    key: str
    args: dict[str, Any]

    def __new__(cls, key: str, /, **args: Any) -> Message:
        made = super().__new__(cls, key.format(**args))
        made.key = key
        made.args = args
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickling keeps key and args
        return (_rebuild, (self.key, self.args))

    def text(self, language: str, translate: Translate) -> str:
        """This message in ``language``; ``translate`` turns a template into its translation."""
        if language == "en":
            return str(self)
        values = {name: localized(value, language, translate) for name, value in self.args.items()}
        try:
            return translate(self.key).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: English, not a crash
            return str(self)


def _rebuild(key: str, args: dict[str, Any]) -> Message:
    return Message(key, **args)


def to_json(text: str) -> Any:
    """A text of the core as JSON that :func:`from_json` makes back into the same
    message (its template and values, nested messages included); plain text stays
    text.  A value that is neither a message nor JSON's own (a time, a name) is
    kept as its English text."""
    if not isinstance(text, Message):
        return str(text)
    return {"key": text.key, "args": {name: _arg_json(v) for name, v in text.args.items()}}


def _arg_json(value: Any) -> Any:
    if isinstance(value, Message):
        return {"message": to_json(value)}
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def from_json(value: Any) -> str:
    """The text :func:`to_json` wrote: a :class:`Message` again, or plain text (a
    template that does not fit its values comes back as the template, not an error)."""
    if not isinstance(value, dict):
        return str(value)
    args = {
        name: from_json(v["message"]) if isinstance(v, dict) and "message" in v else v
        for name, v in dict(value.get("args") or {}).items()
    }
    template = str(value["key"])
    try:
        return Message(template, **args)
    except (KeyError, IndexError, ValueError):
        return template


def localized(value: Any, language: str, translate: Translate) -> Any:
    """``value`` written in ``language`` (numbers and plain text are left as they are)."""
    if isinstance(value, Message):
        return value.text(language, translate)
    from models.message_values import Capitalized  # defined when first used

    if isinstance(value, Capitalized):
        return localized(value.text, language, translate)
    if hasattr(value, "localized"):
        return value.localized(language)
    return value


def in_language(text: str, language: str, translate: Translate) -> str:
    """Any text of the core in ``language``: a :class:`Message` translated, other text as is."""
    return text.text(language, translate) if isinstance(text, Message) else text
