"""Great-circle distance, the one measure of "same place" rasd uses."""
from __future__ import annotations

import math


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_km(a, b) -> float:
    """Distance between two records that have latitude and longitude."""
    return km(a.latitude, a.longitude, b.latitude, b.longitude)
