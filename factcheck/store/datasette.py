"""A Datasette metadata file for a factcheck database: what each table and column holds,
which column labels a row when another table links to it, the full-text index behind the
``quotes`` and ``claims`` views (so ``_search`` works on them), and canned queries for a
newsroom's two first questions.

Datasette follows foreign keys to the primary key of the table they name; since step
013 every link to a statement names ``statements.id``, its key. The search index is keyed
by ``statements.seq`` (``fts_pk``), not by rowid.
"""

from __future__ import annotations

from typing import Any

FTS = {"fts_table": "statements_fts", "fts_pk": "seq"}

STATEMENT_COLUMNS = {
    "seq": "Statement number, in the order stored (what the search index is keyed by)",
    "id": "Stable id: article id / local id",
    "article_id": "The article it is in",
    "type": "quote or claim",
    "kind": "direct, partial, indirect, pullquote, tweet or claim",
    "text": "The words, exactly as in the article",
    "start": "Character offset in the article text",
    "end": "End offset (exclusive)",
    "speaker_id": "The speaker record (merged across outlets)",
    "speaker_name": "The name the extractor gave",
    "speaker_mention": "How the article names the speaker here ('he', 'Mr Ross')",
    "cue": "The attribution cue ('said', 'according to')",
    "flags": "Relations of its open or confirmed matches",
    "worth": "Check-worthiness, 0-100",
    "worth_why": "Why it scored so",
    "part_of": "Reviewed as part of this statement",
}
STATEMENTS = {
    "label_column": "text",
    "sort_desc": "worth",
    "columns": STATEMENT_COLUMNS,
    **FTS,
}

# canned queries: named parameters are asked for on the query's page
CONTRADICTIONS_TO_REVIEW = """
select m.id as match, m.score, m.reasons,
       sa.id as statement_a, aa.outlet as outlet_a, sa.text as text_a,
       sb.id as statement_b, ab.outlet as outlet_b, sb.text as text_b
from matches m
join statements sa on sa.id = m.a join articles aa on aa.id = sa.article_id
join statements sb on sb.id = m.b join articles ab on ab.id = sb.article_id
left join reviews ra on ra.statement_id = m.a
left join reviews rb on rb.statement_id = m.b
where m.relation = 'contradiction' and m.status = 'open'
  and (ra.verdict is null or rb.verdict is null)
order by m.score desc
""".strip()
SPEAKER_ACROSS_OUTLETS = """
select sp.name as speaker, coalesce(a.outlet, a.path) as outlet, a.published, s.kind,
       s.text, s.id as statement, r.verdict
from statements s
join speakers sp on sp.id = s.speaker_id
join articles a on a.id = s.article_id
left join reviews r on r.statement_id = s.id
where sp.name like '%' || :speaker || '%' and a.superseded_by is null
order by sp.name, a.published, outlet, s.start
""".strip()


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for a database it serves as ``database`` (the file's stem)."""
    return {
        "title": "factcheck",
        "description": "Quotes and claims from news articles, who said them, where else they"
        " were reported, and what reviewers decided.",
        "databases": {
            database: {
                "tables": {
                    "statements": STATEMENTS,
                    "quotes": {**STATEMENTS, "description": "Statements of type quote"},
                    "claims": {**STATEMENTS, "description": "Statements of type claim"},
                    "articles": {
                        "label_column": "title",
                        "description": "One row per version of an article",
                        "columns": {
                            "published": "The publisher's local day",
                            "published_at": "The time of publication with its UTC offset",
                            "author": "The byline",
                            "source_id": "The feed's own id for the article",
                            "superseded_by": "The later version that corrects it",
                        },
                    },
                    "speakers": {"label_column": "name"},
                    "documents": {"label_column": "key", "hidden": True},
                    "quantities": {
                        "label_column": "text",
                        "description": "Figures in a statement, as written and normalised",
                        "columns": {"key": "Normalised form: equal keys are the same figure"},
                    },
                    "matches": {
                        "description": "Pairs of statements that report the same thing",
                        "columns": {
                            "a": "The earlier report",
                            "b": "The later report",
                            "relation": "consistent, contradiction, misquote or duplicate",
                            "status": "open, confirmed or dismissed",
                        },
                    },
                    "reviews": {
                        "description": "A reviewer's verdict on a statement",
                        "columns": {
                            "summary": "The short wording ClaimReview publishes",
                            "revision": "Bumped on every change",
                        },
                    },
                    "history": {"description": "Every change a reviewer made, append-only"},
                    "match_keys": {"hidden": True},
                    "speaker_names": {"hidden": True},
                    "speaker_distinct": {"hidden": True},
                    "settings": {"hidden": True},
                },
                "queries": {
                    "contradictions_to_review": {
                        "title": "Contradictions to review",
                        "description": "Open contradictions where a side has no verdict yet,"
                        " the strongest first",
                        "sql": CONTRADICTIONS_TO_REVIEW,
                    },
                    "speaker_across_outlets": {
                        "title": "A speaker's statements across outlets",
                        "description": "Everything a speaker (name contains :speaker) said,"
                        " outlet by outlet, with the verdicts",
                        "sql": SPEAKER_ACROSS_OUTLETS,
                    },
                },
            }
        },
    }
