"""CSV for spreadsheets and a Markdown report for editors."""

from __future__ import annotations

import csv
import io

from ..models import RELATIONS, AnnotatedStatement, ClaimSet

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


def to_csv(cs: ClaimSet) -> str:
    """One row a statement, RFC 4180 (CRLF, quoted as needed), UTF-8 text intact."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for s in cs.statements:
        r = s.review
        by_relation: dict[str, list[str]] = {k: [] for k in RELATIONS}
        for m in s.matches:
            by_relation[m.relation].append(m.statement)
        w.writerow(
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
    return buf.getvalue()


def _in_context(s: AnnotatedStatement) -> str:
    ctx = " ".join(s.context.split())
    text = " ".join(s.text.split())
    i = ctx.find(text)
    if i < 0:
        return f"> {ctx}"
    return f"> {ctx[:i]}**{text}**{ctx[i + len(text) :]}"


def to_markdown(cs: ClaimSet, title: str = "Fact-check report") -> str:
    reviewed = [s for s in cs.statements if s.review and s.review.verdict]
    flagged = [
        s
        for s in cs.statements
        if any(m.relation in ("contradiction", "misquote") for m in s.matches)
    ]
    lines = [
        f"# {title}",
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
        lines += [f"## {verdict}: {who}", ""]
        lines.append(
            f"*{s.kind}* in {where}"
            + (f", {s.article.published}" if s.article.published else "")
            + (f" ({s.article.url})" if s.article.url else "")
            + f" · `{s.id}`"
        )
        lines += ["", _in_context(s), ""]
        if r and r.note:
            lines += [f"**Note** ({r.reviewer or 'unknown'}): {r.note}", ""]
        if r and r.evidence:
            lines.append("**Evidence**")
            lines += [f"- <{u}>" for u in r.evidence]
            lines.append("")
        for m in s.matches:
            if m.relation not in ("contradiction", "misquote"):
                continue
            lines.append(
                f"**{m.relation.capitalize()}** with {m.outlet or m.article}"
                f" ({m.status}): {'; '.join(m.reasons)}"
            )
            lines += [
                f"- this report: “{' '.join(s.text.split())}”",
                f"- the other: “{' '.join(m.text.split())}”",
                "",
            ]
        others = [m for m in s.matches if m.relation == "consistent"]
        if others:
            lines += [
                f"Also reported by: {', '.join(sorted({m.outlet or m.article for m in others}))}",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"
