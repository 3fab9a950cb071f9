"""CSV for spreadsheets and a Markdown report for editors, both safe to open: every text
value from an article or a reviewer goes through ``escape``."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..models import RELATIONS, AnnotatedStatement, ClaimSet
from .escape import md_code, md_inline, md_lines, md_link, spreadsheet_cell

CSV_COLUMNS = [
    "statement_id",
    "type",
    "kind",
    "speaker",
    "speaker_role",
    "text",
    "verdict",
    "verdict_label",
    "note",
    "evidence",
    "reviewer",
    "reviewed_at",
    "outlet",
    "title",
    "published",
    "url",
    "path",
    "article_id",
    "start",
    "end",
    "figures",
    "consistent",
    "contradictions",
    "misquotes",
    "duplicates",
]


def _cells(row: list[Any]) -> list[Any]:
    return [spreadsheet_cell(v) if isinstance(v, str) else v for v in row]


BOM = "\ufeff"  # tells a spreadsheet the file is UTF-8: Excel reads “ as â€œ without it


def to_csv(cs: ClaimSet, *, bom: bool = True) -> str:
    """One row a statement, RFC 4180 (CRLF, quoted as needed), UTF-8 text intact but for
    the ``'`` that keeps a cell starting like a formula from being run; after a byte-order
    mark unless ``bom`` is off (for scripts that do not expect one)."""
    buf = io.StringIO(newline="")
    if bom:
        buf.write(BOM)
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for s in cs.statements:
        r = s.review
        by_relation: dict[str, list[str]] = {k: [] for k in RELATIONS}
        for m in s.matches:
            by_relation[m.relation].append(m.statement)
        w.writerow(
            _cells(
                [
                    s.id,
                    s.type,
                    s.kind,
                    s.speaker.name if s.speaker else "",
                    (s.speaker.role or "") if s.speaker else "",
                    s.text,
                    (r.verdict or "") if r else "",
                    (r.verdict_label or "") if r else "",
                    (r.note or "") if r else "",
                    " ".join(r.evidence) if r else "",
                    (r.reviewer or "") if r else "",
                    r.updated_at if r else "",
                    s.article.outlet or "",
                    s.article.title or "",
                    s.article.published or "",
                    s.article.url or "",
                    s.article.path or "",
                    s.article.id,
                    s.start,
                    s.end,
                    "; ".join(f"{q.text} = {q.key}" for q in s.quantities),
                    " ".join(by_relation["consistent"]),
                    " ".join(by_relation["contradiction"]),
                    " ".join(by_relation["misquote"]),
                    " ".join(by_relation["duplicate"]),
                ]
            )
        )
    return buf.getvalue()


def _in_context(s: AnnotatedStatement) -> str:
    ctx = " ".join(s.context.split())
    text = " ".join(s.text.split())
    i = ctx.find(text)
    if i < 0:
        return f"> {md_inline(ctx)}"
    before, after = ctx[:i], ctx[i + len(text) :]
    # spaces at the edges of emphasis would undo it: keep them outside the stars
    return (
        f"> {md_inline(before)}{' ' if before.endswith(' ') else ''}**{md_inline(text)}**"
        f"{' ' if after.startswith(' ') else ''}{md_inline(after)}"
    ).rstrip()


def to_markdown(cs: ClaimSet, title: str = "Fact-check report") -> str:
    """The report: every value from an article or a reviewer escaped, so that rendered it
    shows as written and adds no HTML, heading or link of its own."""
    reviewed = [s for s in cs.statements if s.review and s.review.verdict]
    flagged = [
        s
        for s in cs.statements
        if any(m.relation in ("contradiction", "misquote") for m in s.matches)
    ]
    lines = [
        f"# {md_inline(title)}",
        "",
        f"{len(cs.statements)} statements from {len(cs.articles)} articles; "
        f"{len(reviewed)} reviewed; {len(flagged)} with a contradiction or misquote.",
        "",
    ]
    order = sorted(
        cs.statements, key=lambda s: (not (s.review and s.review.verdict), not s.matches, 0)
    )
    for s in order:
        r = s.review
        verdict = (r.verdict_label or r.verdict) if r and r.verdict else "Not reviewed"
        who = s.speaker.name if s.speaker else "Reporter's own words"
        where = s.article.outlet or s.article.title or s.article.path or s.article.id
        lines += [f"## {md_inline(verdict)}: {md_inline(who)}", ""]
        lines.append(
            f"*{s.kind}* in {md_inline(where)}"
            + (f", {md_inline(s.article.published)}" if s.article.published else "")
            + (f" ({md_link(s.article.url)})" if s.article.url else "")
            + f" · {md_code(s.id)}"
        )
        lines += ["", _in_context(s), ""]
        if r and r.note:
            lines += [f"**Note** ({md_inline(r.reviewer or 'unknown')}): {md_lines(r.note)}", ""]
        if r and r.evidence:
            lines.append("**Evidence**")
            lines += [f"- {md_link(u)}" for u in r.evidence]
            lines.append("")
        for m in s.matches:
            if m.relation not in ("contradiction", "misquote"):
                continue
            lines.append(
                f"**{m.relation.capitalize()}** with {md_inline(m.outlet or m.article)}"
                f" ({m.status}): {md_inline('; '.join(m.reasons))}"
            )
            lines += [
                f"- this report: “{md_inline(s.text)}”",
                f"- the other: “{md_inline(m.text)}”",
                "",
            ]
        others = [m for m in s.matches if m.relation == "consistent"]
        if others:
            names = sorted({m.outlet or m.article for m in others})
            lines += [f"Also reported by: {', '.join(md_inline(n) for n in names)}", ""]
    return "\n".join(lines).rstrip() + "\n"
