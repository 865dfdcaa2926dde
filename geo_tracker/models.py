"""Plain data passed between pipeline stages: Article, Place, Mention, Event.

Each is a small frozen dataclass with a ``to_dict`` giving the contract's JSON field names
(see README "File contract").
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

#: Contract vocabularies.
ACTORS = ("russia", "coalition", "isis", "syrian_gov", "sdf", "israel", "turkey",
          "iran_backed", "opposition", "unknown")
EVENT_TYPES = ("airstrike", "shelling", "attack", "clash", "explosion", "raid", "other")


@dataclass(frozen=True)
class Article:
    """One news article.

    ``text`` is the body (a ``.txt`` file's content after its metadata header, or a JSONL
    line's ``text``); mention offsets index into it. ``published`` is None when no date is known.
    """

    id: str
    text: str
    published: dt.date | None = None
    published_from: str | None = None  # "header", "jsonl", "dateline", "flag"
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Place:
    """One gazetteer row."""

    id: str
    name_ar: str
    name_en: str
    kind: str
    lat: float
    lon: float
    admin1: str | None = None        # governorate, English (OCHA spelling)
    admin2: str | None = None        # district, English
    admin1_ar: str | None = None
    admin2_ar: str | None = None
    uncertainty_km: float = 2.0
    source: str = ""
    variants_ar: tuple[str, ...] = ()
    variants_en: tuple[str, ...] = ()
    population: int = 0
    pcode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["variants_ar"] = list(self.variants_ar)
        d["variants_en"] = list(self.variants_en)
        return d


@dataclass(frozen=True)
class Mention:
    """A toponym found in an article (contract: "Toponym mention").

    ``relation`` says how the text qualifies the place ("desert_of" for "بادية X",
    "countryside_of" for "ريف X", "north_of", "near", "distance" …); ``geo_precision`` follows
    ACLED's scale (1 the place itself, 2 near it / a small area, 3 a large area).
    """

    article_id: str
    surface: str
    start: int
    end: int
    place_id: str | None
    name_ar: str
    name_en: str
    kind: str
    lat: float | None
    lon: float | None
    uncertainty_km: float
    admin1: str | None
    score: float
    geo_precision: int = 1
    relation: str | None = None
    qualifier: str | None = None     # the head word as written, e.g. "بادية", "ريف", "شمال"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Event:
    """One coded event (contract: "Event"). Geometry is (lon, lat)."""

    event_id: str
    article_id: str
    sources: tuple[str, ...]
    event_type: str
    actor: str
    target: str | None
    date_start: str | None
    date_end: str | None
    time_precision: int
    place_id: str
    place_name_ar: str
    place_name_en: str
    admin1: str | None
    geo_precision: int
    uncertainty_km: float
    killed: int | None
    injured: int | None
    quote: str
    background: bool
    lat: float
    lon: float
    place_kind: str = ""
    urls: tuple[str, ...] = ()

    def properties(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d.pop("lat")
        d.pop("lon")
        d["sources"] = list(self.sources)
        d["urls"] = list(self.urls)
        return d

    def to_feature(self) -> dict[str, Any]:
        return {"type": "Feature",
                "geometry": {"type": "Point", "coordinates": [self.lon, self.lat]},
                "properties": self.properties()}


EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event) if f.name not in ("lat", "lon"))
