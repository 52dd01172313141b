"""Keyboard checks: the mnemonics (Alt+letter) a person can reach at one time.

Two visible controls with the same underlined letter make Alt+letter cycle
between them (or open a menu instead of pressing a button).  The window and
its dialogs are checked with :func:`mnemonic_clashes`.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` in ``text`` (lower case), or ""."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        following = text[index + 1]
        if following != "&":
            return following.lower()
        index += 2


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for child in root.findChildren(QWidget):
        if not child.isVisibleTo(root) or child.window() is not root.window():
            continue
        if isinstance(child, QAbstractButton) or (
            isinstance(child, QLabel) and child.buddy() is not None
        ):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count()) if child.isTabVisible(i)]
        elif isinstance(child, QMenuBar):
            texts += [a.text() for a in child.actions() if a.isVisible()]
    return texts


def mnemonic_clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters used by more than one control visible in ``root``'s window at once."""
    found: dict[str, list[str]] = defaultdict(list)
    for text in _visible_texts(root):
        letter = mnemonic(text)
        if letter:
            found[letter].append(text)
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def menu_mnemonic_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters used by more than one entry of one menu (submenus checked on their own)."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            found[letter].append(action.text())
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}
