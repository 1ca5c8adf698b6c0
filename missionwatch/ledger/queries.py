"""Read queries over the ledger: filters for documents and claims, full-text search.

Every value a user gives reaches the database as a bound parameter. Full-text queries are turned
into plain word lists first (FTS5 query syntax is never taken from the user), so a stray quote
or ``NEAR(`` in a search box cannot produce a syntax error or a different query.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    Text,
    and_,
    bindparam,
    cast,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)

from missionwatch.errors import LedgerError, NotFoundError
from missionwatch.ledger.records import SearchHit, StoredDocument
from missionwatch.ledger.schema import ClaimRow, DocumentRow, MissionDocumentRow
from missionwatch.models import Claim, StoredClaim

_WORD = re.compile(r"\w+", re.UNICODE)
_HEX = re.compile(r"[0-9a-f]{4,64}")

_fts = table("documents_fts", column("rowid", Integer))

CLAIM_FIELDS = tuple(Claim.model_fields)


def utc(value: datetime | None) -> datetime | None:
    """Naive UTC as stored → aware UTC as returned."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_naive_utc(value: datetime) -> datetime:
    """Aware (or naive, taken as UTC) → naive UTC, the form both backends store identically."""
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def numeric(value: Any) -> float | None:
    """The value as a float for ``claims.value_num``, or None when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def fts_words(query: str) -> list[str]:
    """The words of a search query, the only part of it the full-text engines see."""
    return _WORD.findall(query)


def document_from_row(row: Any, claim_count: int | None = None) -> StoredDocument:
    return StoredDocument(
        id=row.id,
        text=row.text,
        source=row.source,
        url=row.url,
        title=row.title,
        outlet=row.outlet,
        published=row.published,
        published_precision=row.published_precision,
        retrieved_at=utc(row.retrieved_at) or datetime.now(UTC),  # never null in the schema
        language=row.language,
        status=row.status,
        content_type=row.content_type,
        meta=row.meta or {},
        cluster_id=row.cluster_id,
        stored_at=utc(row.stored_at),
        claim_count=claim_count,
    )


_PROVENANCE = ("id", "document_id", "cluster_id", "published", "outlet", "url", "title")
_STORED_FIELDS = frozenset(StoredClaim.model_fields)
# Every claim read back has all its fields set: they share this one set rather than each holding a
# copy (1,240 bytes a claim, 1.2 GB for a reconciliation of 1,000,009 claims, bench/serve.md,
# twenty-third round of issue 10). Pydantic only adds to it, and only names of fields, which are
# in it already (``setattr`` of a field, ``model_copy(update=...)`` on a copy's own set); nothing
# here removes from it.
_ALL_FIELDS_SET: set[str] = set(_STORED_FIELDS)


def claim_from_row(row: Any) -> StoredClaim:
    """A claim from its ledger row, built without validating it again: it was validated when it
    was stored, and validating rows read back was a fifth of a facts rebuild (issue 10)."""
    return claim_from_mapping(row._mapping)


def claim_from_mapping(m: Any) -> StoredClaim:
    """``claim_from_row`` of a mapping of the row's columns."""
    data = {name: m[name] for name in CLAIM_FIELDS}
    data["value"] = _json(data["value"])
    data["flags"] = _json(data["flags"]) or []
    data["attrs"] = _json(data["attrs"]) or {}
    for name in _PROVENANCE:
        data[name] = m[name]
    return trusted_claim(data)


def trusted_claim(data: dict[str, Any]) -> StoredClaim:
    """A ``StoredClaim`` from every one of its fields as the ledger wrote them, not validated again."""
    claim = StoredClaim.__new__(StoredClaim)
    object.__setattr__(claim, "__dict__", data)
    object.__setattr__(claim, "__pydantic_fields_set__", _ALL_FIELDS_SET)
    object.__setattr__(claim, "__pydantic_extra__", None)
    object.__setattr__(claim, "__pydantic_private__", None)
    return claim


def _search_filter(conn: Connection, query: str) -> ColumnElement[bool]:
    words = fts_words(query)
    if not words:
        return literal_column("1") == literal_column("0")
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        sub = select(_fts.c.rowid).where(
            literal_column("documents_fts").op("MATCH")(bindparam("fts_q", match))
        )
        return DocumentRow.seq.in_(sub)
    if conn.dialect.name == "postgresql":
        tsquery = func.plainto_tsquery(
            literal_column("'english'::regconfig"), bindparam("ts_q", " ".join(words))
        )
        return literal_column("documents.tsv").op("@@")(tsquery)
    # Other backends: a plain substring match on every word.
    return and_(*(DocumentRow.text.ilike("%" + w + "%") for w in words))


def document_filters(
    conn: Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    cluster: str | None = None,
    search: str | None = None,
) -> list[ColumnElement[bool]]:
    """WHERE clauses for ``Ledger.documents``; dates compare as ISO strings on ``published``."""
    where: list[ColumnElement[bool]] = []
    if outlet:
        where.append(func.lower(DocumentRow.outlet) == outlet.lower())
    if since:
        where.append(DocumentRow.published >= since)
    if until:
        # "2024-06" as an upper bound includes every day of June.
        where.append(DocumentRow.published <= until + "\uffff")
    if cluster:
        where.append(DocumentRow.cluster_id.startswith(cluster, autoescape=True))
    if search:
        where.append(_search_filter(conn, search))
    return where


def listed_after(conn: Connection, document_id: str) -> ColumnElement[bool]:
    """The documents ``Ledger.documents`` lists after this one (newest publication first, undated
    last, then newest stored first): a keyset condition on (published, seq)."""
    found = conn.execute(
        select(DocumentRow.published, DocumentRow.seq).where(DocumentRow.id == document_id)
    ).first()
    if found is None:
        raise NotFoundError(f"no document {document_id} to page after: start again", input=document_id)
    published, seq = found
    if published is None:
        return and_(DocumentRow.published.is_(None), DocumentRow.seq < seq)
    return or_(
        DocumentRow.published < published,
        and_(DocumentRow.published == published, DocumentRow.seq < seq),
        DocumentRow.published.is_(None),
    )


def claim_keys(
    mission: str | None, subject: str | None, as_of: str | None, published: str | None
) -> dict[str, str | None]:
    """The normalised filter keys stored with a claim (what ``claim_filters`` compares against).

    Computed in Python at write time, with the same folding the filters apply to the user's value,
    so a filter is an equality or range on an indexed column rather than an expression per row.
    """
    return {
        "mission_key": mission.upper() if mission else mission,
        "subject_key": subject.lower() if subject else subject,
        "date_key": as_of or published,
    }


def claim_filters(
    *,
    mission: str | None = None,
    measure: str | None = None,
    subject: str | None = None,
    since: str | None = None,
    until: str | None = None,
    document_id: str | None = None,
    dialect: str = "sqlite",
) -> list[ColumnElement[bool]]:
    """WHERE clauses for ``Ledger.claims``, all on ``claims`` columns (no join needed to filter).

    ``measure`` is exact, or a family with ``.*`` (``personnel.*``); mission and subject compare
    case-insensitively (through the stored ``mission_key``/``subject_key``); ``since``/``until``
    bound the date the claim describes (``date_key``: ``as_of``, else its document's publication
    date).
    """
    where: list[ColumnElement[bool]] = []
    if mission:
        where.append(ClaimRow.mission_key == mission.upper())
    if measure:
        if measure.endswith(".*"):
            prefix = measure[:-1]
            if dialect == "sqlite":
                # A byte-order range, which the (…, measure, …) indexes serve; SQLite's LIKE is
                # case-insensitive and so cannot use them. "personnel." .. "personnel/" ("/"
                # follows ".") holds exactly the names starting with "personnel.".
                where.append(ClaimRow.measure >= prefix)
                where.append(ClaimRow.measure < prefix[:-1] + chr(ord(prefix[-1]) + 1))
            else:
                # PostgreSQL compares text by the database collation, which may not be byte
                # order, so a range could miss names; LIKE is exact there.
                where.append(ClaimRow.measure.startswith(prefix, autoescape=True))
        else:
            where.append(ClaimRow.measure == measure)
    if subject:
        where.append(ClaimRow.subject_key == subject.lower())
    if since:
        where.append(ClaimRow.date_key >= since)
    if until:
        where.append(ClaimRow.date_key <= until + "\uffff")
    if document_id:
        where.append(ClaimRow.document_id == document_id)
    return where


def unfiled() -> ColumnElement[bool]:
    """The claims filed under no mission: ``not claim.mission`` on the stored keys (``claim_keys``
    keeps a missing or empty mission as it is), in a form the (mission key, measure, …) index
    serves."""
    return or_(ClaimRow.mission_key.is_(None), ClaimRow.mission_key == "")


def speaking_of(mission: str, dialect: str = "sqlite") -> ColumnElement[bool]:
    """The claims whose document files some claim under ``mission`` (compared as ``claim_filters``
    compares it): a probe of the mission's documents kept beside the claims by triggers
    (``mission_documents``, 0014). SQLite makes the ``IN`` a lookup table of the mission's
    documents; PostgreSQL a semi-join (``MissionScope._speaking`` says why not the claims' own
    index)."""
    md = MissionDocumentRow
    if dialect == "postgresql":
        return exists().where(md.mission_key == mission.upper(), md.document_id == ClaimRow.document_id)
    mine = select(md.document_id).where(md.mission_key == mission.upper())
    return ClaimRow.document_id.in_(mine.scalar_subquery())


def public_by(cutoff: str, dialect: str = "sqlite") -> ColumnElement[bool]:
    """The claims whose document was published by ``cutoff`` or is undated — a superset of those
    ``reconcile.facts._known_by`` keeps at ``cutoff`` (it compares the publication date's first
    characters with the cutoff's; a date shorter than the cutoff is its own prefix, so the first
    ``len(cutoff)`` characters compare alike), in byte order on both databases (PostgreSQL's
    collation may not be). The undated documents' claims are kept for their own date to decide."""
    head: ColumnElement[Any] = func.substr(DocumentRow.published, 1, len(cutoff))
    if dialect == "postgresql":
        head = head.collate("C")
    return or_(DocumentRow.published.is_(None), head <= cutoff)


def claim_matcher(
    *,
    mission: str | None = None,
    measure: str | None = None,
    subject: str | None = None,
    since: str | None = None,
    until: str | None = None,
    document_id: str | None = None,
) -> Callable[[StoredClaim], bool]:
    """``claim_filters`` as a test on one claim (for claims whose reviewed values differ from the
    stored keys)."""

    def match(c: StoredClaim) -> bool:
        keys = claim_keys(c.mission, c.subject, c.as_of, c.published)
        day = keys["date_key"]
        return (
            (not mission or keys["mission_key"] == mission.upper())
            and (
                not measure
                or (c.measure.startswith(measure[:-1]) if measure.endswith(".*") else c.measure == measure)
            )
            and (not subject or keys["subject_key"] == subject.lower())
            and (not since or (day is not None and day >= since))
            and (not until or (day is not None and day <= until + "\uffff"))
            and (not document_id or c.document_id == document_id)
        )

    return match


_JSON_COLUMNS = ("value", "flags", "attrs")
_TRIVIAL_JSON: dict[str, Callable[[], Any]] = {"[]": list, "{}": dict, "null": lambda: None}


def _json(text: Any) -> Any:
    """A JSON column read as text: the common "[]", "{}", "null" and small integers without the
    JSON parser (which was a tenth of reading claims back). Cast to text in SQL on both databases,
    so that PostgreSQL's driver does not decode it first."""
    if not isinstance(text, str):
        return text
    make = _TRIVIAL_JSON.get(text)
    if make is not None:
        return make()
    if text.isascii() and text.isdigit() and len(text) < 16:
        return int(text)
    return json.loads(text)


def json_value(text: Any) -> Any:
    """A claim's JSON column as read with ``cast(…, Text)``, decoded as ``claim_from_row`` does."""
    return _json(text)


def _claim_columns() -> list[Any]:
    return [cast(c, Text).label(c.name) if c.name in _JSON_COLUMNS else c for c in ClaimRow.__table__.c]


DOCUMENT_PROVENANCE = ("cluster_id", "published", "outlet", "url", "title")  # a claim's, from its document


def claim_columns_select(where: list[ColumnElement[bool]]) -> Select[Any]:
    """``claims_select`` without the documents' columns: for readers of many claims of few
    documents, which read each document's ``DOCUMENT_PROVENANCE`` once (``document_provenance``)
    instead of joining it to every claim — on SQLite a document's columns after its text are
    reached through the text's overflow pages, for each claim again."""
    return select(*_claim_columns()).where(*where)


def among(conn: Connection, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``column = ANY(array)``, one parameter: the driver
    splitting a statement of thousands of parameters, and the server parsing it, were half of
    reading 23,785 claims back by id (bench/serve.md, ninth round). On SQLite, of more than
    ``AMONG_JSON_AT`` values, ``column IN (SELECT value FROM json_each(array))``, one parameter."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import any_
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    if conn.dialect.name == "sqlite" and len(values) > AMONG_JSON_AT:
        # one parameter, a JSON array: SQLAlchemy expanding thousands of bound values into the
        # statement was a fifteenth of a first conflicts list (bench/serve.md, fourteenth round)
        listed = func.json_each(bindparam(None, json.dumps(list(values)), type_=Text))
        return column.in_(select(literal_column("value")).select_from(listed))
    return column.in_(list(values))


AMONG_JSON_AT = 64  # values from which ``among`` hands SQLite a JSON array


def document_provenance(conn: Connection, documents: Sequence[str] | None) -> dict[str, tuple[Any, ...]]:
    """``DOCUMENT_PROVENANCE`` of these documents (or of all), by id."""
    cols = [DocumentRow.id, *(getattr(DocumentRow, name) for name in DOCUMENT_PROVENANCE)]
    if documents is None:
        return {row[0]: tuple(row[1:]) for row in conn.execute(select(*cols)).all()}
    out: dict[str, tuple[Any, ...]] = {}
    ids = sorted(set(documents))
    step = 5000  # SQLite too: ``among`` hands it one JSON array
    for i in range(0, len(ids), step):  # rows fetched whole, not a ``fetchone`` each
        for row in conn.execute(select(*cols).where(among(conn, DocumentRow.id, ids[i : i + step]))).all():
            out[row[0]] = tuple(row[1:])
    return out


CLAIM_COLUMNS = tuple(c.name for c in ClaimRow.__table__.c)  # a ``claim_columns_select`` row's
_ROW_FIELDS = tuple((name, CLAIM_COLUMNS.index(name)) for name in (*CLAIM_FIELDS, "id", "document_id"))


def claim_from_parts(row: Sequence[Any], provenance: Sequence[Any]) -> StoredClaim:
    """``claim_from_mapping`` of a ``claim_columns_select`` row and its document's
    ``DOCUMENT_PROVENANCE``, without the mapping of both that a reader of many rows would build
    for each first (the same fields, in the same order)."""
    data = {name: row[i] for name, i in _ROW_FIELDS}
    data["value"] = _json(data["value"])
    # most claims have no flags and no attrs: "[]" and "{}" taken here, without a call each (a
    # rebuild at 1,000,009 claims builds every claim)
    flags, attrs = data["flags"], data["attrs"]
    data["flags"] = [] if flags == "[]" else _json(flags) or []
    data["attrs"] = {} if attrs == "{}" else _json(attrs) or {}
    data.update(zip(DOCUMENT_PROVENANCE, provenance, strict=True))
    return trusted_claim(data)


_VALUE, _FLAGS, _ATTRS = (CLAIM_COLUMNS.index(name) for name in _JSON_COLUMNS)


def claims_from_parts(
    rows: Sequence[Sequence[Any]], provenance: Mapping[str, Sequence[Any]]
) -> list[StoredClaim]:
    """``claim_from_parts`` of many rows (``provenance`` by document id), their JSON columns that
    need the parser parsed as one array per column: a parser call per claim was a third of
    reading claims back by id (``ledger.facts.claims_by_id``)."""
    document = CLAIM_COLUMNS.index("document_id")
    columns: list[list[Any]] = []
    for at, empty in ((_VALUE, None), (_FLAGS, []), (_ATTRS, {})):
        texts = [row[at] for row in rows]
        hard = [
            i
            for i, t in enumerate(texts)
            if isinstance(t, str)
            and t not in _TRIVIAL_JSON
            and not (t.isascii() and t.isdigit() and len(t) < 16)
        ]
        parsed = json.loads("[" + ",".join(texts[i] for i in hard) + "]") if hard else []
        parsing = set(hard)  # those parsed above, not once more each
        values = [None if i in parsing else _json(t) for i, t in enumerate(texts)]
        for i, found in zip(hard, parsed, strict=True):
            values[i] = found
        columns.append(values if empty is None else [v or type(empty)() for v in values])
    out = []
    for row, value, flags, attrs in zip(rows, *columns, strict=True):
        data = {name: row[i] for name, i in _ROW_FIELDS}
        data["value"], data["flags"], data["attrs"] = value, flags, attrs
        data.update(zip(DOCUMENT_PROVENANCE, provenance[row[document]], strict=True))
        out.append(trusted_claim(data))
    return out


def claims_select(where: list[ColumnElement[bool]]) -> Select[Any]:
    columns = _claim_columns()
    return (
        select(
            *columns,
            DocumentRow.cluster_id,
            DocumentRow.published,
            DocumentRow.outlet,
            DocumentRow.url,
            DocumentRow.title,
        )
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
        .where(*where)
    )


def claims_query(
    where: list[ColumnElement[bool]], *, limit: int | None = None, offset: int = 0
) -> Select[Any]:
    """The statement ``Ledger.claims`` runs: matching claims with their document, by claim id.

    A page (``limit``/``offset``) first picks its claim ids from ``claims`` alone — an index-only
    scan when the filters are on indexed keys, sorting integers — and only then reads those rows
    and joins their documents, so a deep page does not read and join every row it skips.
    """
    if limit is None and not offset:
        return claims_select(where).order_by(ClaimRow.id)
    ids = select(ClaimRow.id).where(*where).order_by(ClaimRow.id).offset(offset)
    if limit is not None:
        ids = ids.limit(limit)
    return claims_select([ClaimRow.id.in_(ids.scalar_subquery())]).order_by(ClaimRow.id)


def claims_count(where: list[ColumnElement[bool]]) -> Select[Any]:
    """``count_claims``' statement: claims only (every claim has its document, by foreign key)."""
    return select(func.count()).select_from(ClaimRow).where(*where)


def claim_rows(conn: Connection, stmt: Select[Any]) -> list[StoredClaim]:
    """The claims a ``claims_select`` statement reads (column names looked up once, not per row:
    ``Row._mapping`` was a twentieth of a facts drain)."""
    result = conn.execute(stmt)
    keys = list(result.keys())
    # fetched whole, not a ``fetchone`` per row through the result's iterator
    return [claim_from_mapping(dict(zip(keys, row, strict=True))) for row in result.all()]


def resolve_document_id(conn: Connection, ref: str) -> str:
    """A full id or a unique prefix of at least 4 hex digits → the full id."""
    ref = ref.strip().lower()
    if not _HEX.fullmatch(ref):
        raise NotFoundError("no such document (give its id or an id prefix of 4+ hex digits)", input=ref)
    if len(ref) == 64:
        found = conn.execute(select(DocumentRow.id).where(DocumentRow.id == ref)).scalar()
        if found is None:
            raise NotFoundError("no such document", input=ref)
        return str(found)
    ids = (
        conn.execute(select(DocumentRow.id).where(DocumentRow.id.startswith(ref, autoescape=True)).limit(2))
        .scalars()
        .all()
    )
    if not ids:
        raise NotFoundError("no such document", input=ref)
    if len(ids) > 1:
        raise LedgerError("id prefix matches more than one document; give more digits", input=ref)
    return str(ids[0])


SQLITE_SEARCH = text(
    "SELECT d.id, d.title, d.outlet, d.published, d.url, "
    "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet "
    "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
    "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank LIMIT :n"
)
POSTGRES_SEARCH = text(
    "SELECT d.id, d.title, d.outlet, d.published, d.url, "
    "ts_headline('english'::regconfig, left(d.text, 200000), q, "
    "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
    "FROM documents d, plainto_tsquery('english'::regconfig, :q) q "
    "WHERE d.tsv @@ q ORDER BY ts_rank(d.tsv, q) DESC, d.seq LIMIT :n"
)


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Documents matching every word of the query, best first, with a snippet around the match."""
    words = fts_words(query)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = conn.execute(SQLITE_SEARCH, {"q": match, "n": limit})
    elif conn.dialect.name == "postgresql":
        rows = conn.execute(POSTGRES_SEARCH, {"q": " ".join(words), "n": limit})
    else:
        stmt: Any = (
            select(
                DocumentRow.id,
                DocumentRow.title,
                DocumentRow.outlet,
                DocumentRow.published,
                DocumentRow.url,
                literal_column("''").label("snippet"),
            )
            .where(or_(*(DocumentRow.text.ilike("%" + w + "%") for w in words)))
            .limit(limit)
        )
        rows = conn.execute(stmt)
    return [
        SearchHit(
            document_id=r.id,
            title=r.title,
            outlet=r.outlet,
            published=r.published,
            url=r.url,
            snippet=r.snippet or "",
        )
        for r in rows
    ]
