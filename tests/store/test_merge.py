"""The merge's grid lookup finds every place within merge distance."""
import math

from hypothesis import given, strategies as st

from rasd.geo.distance import km
from rasd.store.merge import MERGE_KM, cells_near, grid_cell


@given(lat=st.floats(-60, 60), lon=st.floats(-179, 179), bearing=st.floats(0, 2 * math.pi),
       dist=st.floats(0, MERGE_KM * 0.999))
def test_every_place_within_merge_distance_is_in_a_cell_near_the_first(lat, lon, bearing, dist):
    # a point ``dist`` km away on a local flat approximation, kept only if truly within range
    other_lat = lat + dist * math.cos(bearing) / 111.2
    other_lon = lon + dist * math.sin(bearing) / (111.2 * math.cos(math.radians(lat)))
    if km(lat, lon, other_lat, other_lon) <= MERGE_KM:
        assert grid_cell(other_lat, other_lon) in cells_near(lat, lon)


@given(lat=st.floats(10, 38), lon=st.floats(-18, 60))
def test_between_the_maghreb_and_iraq_a_place_needs_at_most_six_cells(lat, lon):
    cells = cells_near(lat, lon)
    assert grid_cell(lat, lon) in cells and len(cells) <= 6
