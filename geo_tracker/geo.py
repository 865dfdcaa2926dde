"""Small spherical geometry shared by the pipeline (distances in km, moving a point).

``geo_tracker.clusters`` has its own vectorized (NumPy) distance for arrays of events.
"""
from __future__ import annotations

import math

#: Mean Earth radius (IUGG), km.
EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(34.55, 38.27, 34.89, 38.87))   # Palmyra → Sukhnah
    67
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.5% of haversine at Syria's scale; cheap, for scoring."""
    kx = 111.32 * math.cos(math.radians((lat1 + lat2) * 0.5))
    return math.hypot((lon2 - lon1) * kx, (lat2 - lat1) * 110.57)


def offset_point(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """Move (lat, lon) by ``km`` along ``bearing_deg`` (clockwise from north)."""
    d = km / EARTH_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), math.degrees(l2)
