"""When did it happen? Dates resolved from the text against the article's date.

Newswire style names days relative to publication ("on Tuesday", "last
night") and months without years ("Sept. 9", "last November"); both are
resolved to the latest date not after publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from tocsin.detection.rx import Rx, rx

_MONTHS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS: Final = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MONTH: Final = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

_PATTERNS: Final[list[tuple[str, Rx]]] = [
    ("iso", rx(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("mdy", rx(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("dmy", rx(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("last_month_name", rx(rf"\b(?:[Ll]ast|[Tt]his past|[Ee]arlier this)\s+{_MONTH}\b")),
    ("month_year", rx(rf"\b(?:in\s+)?{_MONTH}\s+(?P<y>(?:19|20)\d\d)\b")),
    # a month alone: "In April, Iran fired ...", "in March" (not "in March 2024", nor "in March 12")
    ("in_month", rx(rf"\b[Ii]n\s+{_MONTH}(?![\w.]|,?\s+\d)")),
    # "In 1982, ..." opens a sentence as often as "in 1982" ends one
    ("year", rx(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|of|[Tt]he|[Bb]y|[Uu]ntil|[Bb]efore)\s+(?P<y>(?:19|20)\d\d)\b")),
    ("today", rx(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|hours ago|on [Tt]his day)\b", re.I)),
    ("yesterday", rx(r"\b(?:yesterday|last night|overnight|late on the previous day)\b", re.I)),
    ("weekday", rx(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("last_week", rx(r"\blast week\b", re.I)),
    ("last_month", rx(r"\blast month\b", re.I)),
    ("last_year", rx(r"\b(?:last year|a year ago|years ago|decades ago)\b", re.I)),
    ("ago", rx(r"\b(?P<n>\d+|two|three|four|five|six|seven|ten)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    # the weekend just past: "over the weekend", "last weekend"
    ("weekend", rx(r"\b(?:(?:over|during|at|on)\s+the|last|this\s+past|this)\s+weekend\b", re.I)),
]
(_ISO, _MDY, _DMY, _LAST_MONTH_NAME, _MONTH_YEAR, _IN_MONTH, _YEAR, _TODAY, _YESTERDAY, _WEEKDAY, _LAST_WEEK, _LAST_MONTH,
 _LAST_YEAR, _AGO, _WEEKEND) = _PATTERNS
_NUMERIC_DATES: Final = (_MDY, _DMY, _LAST_MONTH_NAME, _MONTH_YEAR, _IN_MONTH, _YEAR)  # with a digit and a month named, in _PATTERNS order
_SMALL: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


@dataclass(unsafe_hash=True, slots=True)
class DateMention:
    """A date named in a sentence. Treat it as immutable (see gazetteer.Mention on why it is not frozen)."""

    start: int
    end: int
    value: date
    kind: str
    precise: bool  # day precision (vs. month or year)

    def __init__(self, start: int, end: int, value: date, kind: str, precise: bool) -> None:
        self.start, self.end, self.value, self.kind, self.precise = start, end, value, kind, precise


def _latest_not_after(month: int, day: int, published: date) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published + timedelta(days=1):
            return candidate
    return None


_HAS_DIGIT: Final = rx(r"\d")
_WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # as _WEEKDAY spells them
_ASCII_DIGITS: Final = "0123456789"  # (ten substring tests, each a scan at memory speed, cost a third of one `re` pass)
# a month's name begins here: one pass of `re`, which skips to the capitals J, F, M, A, S, O, N, D (twice as fast as a
# test for each of the twelve)
_MONTH_START: Final = rx("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
MONTH_STARTS: Final = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])  # lower-cased


def _worth_trying(text: str, lower: str, month: bool | None = None) -> list[tuple[str, Rx]]:
    """The patterns that could match at all, in _PATTERNS order: most sentences need only two or three tried.
    `month`: whether a month's name may begin in the text (MONTH_STARTS), when the caller knows it is not.

    (The words tested are nested where one holds another: "yesterday", "today"
    and "previous day" are looked for only in a sentence that holds "day".)
    """
    month = _MONTH_START.search(text) is not None if month is None else month
    if any(digit in text for digit in _ASCII_DIGITS) if text.isascii() else _HAS_DIGIT.search(text) is not None:
        tries = [*_NUMERIC_DATES] if month else [_YEAR]
        if "19" not in text and "20" not in text:  # every ISO date and bare year of these patterns is 19xx or 20xx
            # (by kind: the compiled detector boxes a (kind, pattern) pair anew where it is put in a list, so `is` tells
            # the pattern apart from itself)
            tries = [t for t in tries if t[0] != "year" and t[0] != "month_year"]
        elif "-" in text:
            tries.insert(0, _ISO)
    else:
        tries = [_LAST_MONTH_NAME, _IN_MONTH] if month else []
    ago = "ago" in lower
    day = "day" in lower
    night = "night" in lower
    if ago or (day and "today" in lower) or (night and "tonight" in lower) or "this " in lower:
        tries.append(_TODAY)
    if night or (day and ("yesterday" in lower or "previous day" in lower)):
        tries.append(_YESTERDAY)
    if day and any(name in text for name in _WEEKDAY_NAMES):  # (seven substring tests cost a fifth of the pattern's pass)
        tries.append(_WEEKDAY)
    if "last " in lower:
        if "last week" in lower:
            tries.append(_LAST_WEEK)
        if "last month" in lower:
            tries.append(_LAST_MONTH)
    if "year" in lower or "decades" in lower:
        tries.append(_LAST_YEAR)
    if ago:
        tries.append(_AGO)
    if "weekend" in lower:
        tries.append(_WEEKEND)
    return tries


def find_dates(text: str, published: date, lower: str | None = None, month: bool | None = None) -> list[DateMention]:
    """The dates the text names, resolved against `published`; `lower` is the text lower-cased, if at hand, and
    `month` False when the caller knows that no month's name begins in it (see _worth_trying)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _worth_trying(text, text.lower() if lower is None else lower, month):
        for m in pattern.finditer(text):
            if taken and any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value, precise = _resolve(kind, m, published)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), value, kind, precise))
    if len(found) > 1:
        found.sort(key=lambda d: d.start)
    return found


def _resolve(kind: str, m: re.Match[str], published: date) -> tuple[date | None, bool]:
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(int(g["y"]), int(g["m"]), int(g["d"])), True
        if kind in ("mdy", "dmy"):
            month, day = _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
            if g.get("y"):
                return date(int(g["y"]), month, day), True
            return _latest_not_after(month, day, published), True
        if kind == "last_month_name":
            month = _MONTHS[g["mon"].lower().rstrip(".")]
            year = published.year if month < published.month else published.year - 1
            return date(year, month, 1), False
        if kind == "month_year":
            return date(int(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], 1), False
        if kind == "in_month":  # the latest such month not after publication, this one included
            month = _MONTHS[g["mon"].lower().rstrip(".")]
            return date(published.year if month <= published.month else published.year - 1, month, 1), False
        if kind == "year":
            year = int(g["y"])
            return (date(year, 1, 1), False) if year < published.year else (None, False)
    except (ValueError, KeyError):
        return None, False
    if kind == "today":
        return published, True
    if kind == "yesterday":
        return published - timedelta(days=1), True
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        return published - timedelta(days=back), True
    if kind == "last_week":
        return published - timedelta(days=7), False
    if kind == "last_month":
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1), False
    if kind == "last_year":
        return date(published.year - 1, 1, 1), False
    if kind == "weekend":  # its Saturday: the latest one not after publication
        return published - timedelta(days=(published.weekday() - 5) % 7), False
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return published - timedelta(days=days), unit == "day"
    return None, False
