"""Making text from articles and reviewers safe in the files editors open.

A spreadsheet runs a cell that starts like a formula, so CSV cells are neutralised by the
OWASP rule. A Markdown report is rendered to HTML, so HTML and the markup that would
start a heading, list, quote, link or emphasis are escaped, and a value's own newlines
become line breaks inside its item instead of starting blocks of their own.
"""

from __future__ import annotations

import re

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# inline markup, HTML and entities, anywhere in a line
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# what starts a block at the beginning of a line: heading, quote, list, setext rule
_LINE_START = re.compile(r"^([#>+\-=])|^(\d+)([.)])")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+")


def spreadsheet_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` where it would compute."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _escape_line(line: str) -> str:
    return _LINE_START.sub(_block_start, _INLINE.sub(r"\\\1", line.strip()))


def _block_start(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    return f"{m.group(2)}\\{m.group(3)}"  # "1." is a list, "1\." a number


def md_inline(value: str) -> str:
    """One line of plain text in Markdown: whitespace (newlines too) run into one space."""
    return _escape_line(" ".join(value.split()))


def md_lines(value: str) -> str:
    """Plain text in Markdown keeping its newlines, as line breaks inside the item it is
    in: no line of it can start a heading, list or block of its own."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    return "\\\n".join(_escape_line(" ".join(line.split())) for line in lines)


def md_code(value: str) -> str:
    """A code span that holds ``value`` whatever backticks it contains."""
    value = " ".join(value.split())
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def md_link(url: str) -> str:
    """An http(s) url as an autolink, or as plain escaped text if it is anything else."""
    url = url.strip()
    return f"<{url}>" if _SAFE_URL.fullmatch(url) else md_inline(url)
