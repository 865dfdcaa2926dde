"""Opt-in online geocoding (geopy) for names the curated gazetteer does not have.

Nothing in geo-tracker calls this unless the user asks (``geo-tracker gazetteer lookup NAME
--geocode``): the pipeline never touches the network. Requests are rate-limited (one per second,
Nominatim's usage policy), time out, are restricted to Syria, and are cached in a JSON file so a
name is asked once. Results are marked as not curated, with a wide uncertainty radius.

Example
-------
>>> hits = geocode("حويجة صكر", cache_path="geocode-cache.json")     # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from geo_tracker.errors import GeoTrackerError

DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "geo-tracker" / "geocode.json"
#: A geocoder's point for a named place, without our curation: an honest radius for a village
#: or a town whose exact extent we do not know.
GEOCODED_UNCERTAINTY_KM = 5.0


@dataclass(frozen=True)
class GeocodedPlace:
    """A candidate from an online geocoder (not from the curated gazetteer)."""

    name: str
    lat: float
    lon: float
    uncertainty_km: float
    source: str
    query: str

    def to_dict(self) -> dict:
        return asdict(self)


def _load_cache(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_cache(path: Path, cache: dict) -> None:
    from geo_tracker.io import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(cache, fh, ensure_ascii=False, indent=1, sort_keys=True)


def geocode(name: str, *, limit: int = 3, timeout: float = 10.0, user_agent: str = "geo-tracker",
            domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
            cache_path: str | os.PathLike | None = None, min_delay_seconds: float = 1.0) -> list[GeocodedPlace]:
    """Ask Nominatim (OpenStreetMap) for ``name`` in Syria.

    Parameters
    ----------
    name : the place name (Arabic or English).
    limit : at most this many candidates.
    timeout : seconds before one request gives up.
    domain, scheme : the Nominatim server (a self-hosted one, for instance).
    cache_path : JSON cache file (default ``~/.cache/geo-tracker/geocode.json``).
    min_delay_seconds : rate limit between requests.

    Raises
    ------
    GeoTrackerError
        One line when the geocoder cannot be reached (offline, timeout, refused) or errs.
    """
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    name = name.strip()
    if not name:
        raise GeoTrackerError("nothing to geocode: empty name")
    cache_file = Path(cache_path) if cache_path is not None else DEFAULT_CACHE
    cache = _load_cache(cache_file)
    key = f"{scheme}://{domain}|{name}|{limit}"
    if key in cache:
        return [GeocodedPlace(**c) for c in cache[key]]
    coder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout)
    ask = RateLimiter(coder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                      swallow_exceptions=False)
    try:
        found = ask(name, exactly_one=False, limit=limit, country_codes="sy", language="ar")
    except GeopyError as e:
        raise GeoTrackerError(f"geocoder {domain} unreachable or failed ({type(e).__name__}): "
                              f"{' '.join(str(e).split()) or 'no answer'}") from None
    out = [GeocodedPlace(name=loc.address, lat=float(loc.latitude), lon=float(loc.longitude),
                         uncertainty_km=GEOCODED_UNCERTAINTY_KM,
                         source=f"geocoded online: {domain} (OpenStreetMap via geopy); not curated",
                         query=name)
           for loc in (found or [])]
    cache[key] = [p.to_dict() for p in out]
    try:
        _save_cache(cache_file, cache)
    except (OSError, GeoTrackerError):
        pass  # a cache we cannot write only costs a repeated request
    return out
