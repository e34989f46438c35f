"""The TopoJSON decoding in scripts/build_map_assets.py, on a hand-made topology."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_map_assets.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_map_assets", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_arcs_are_delta_decoded_and_dequantized(build):
    topo = {
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 4]]],
    }
    # Positions are cumulative: (0,0) (2,0) (2,4) -> lon 10+x/2, lat 20+y/4.
    assert build.decode_arcs(topo) == [[(10.0, 20.0), (11.0, 20.0), (11.0, 21.0)]]


def test_negative_arc_index_means_reversed_arc(build):
    arcs = [[(0, 0), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 1)]]
    ring = build.stitch([0, ~1], arcs)
    assert ring == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]


def test_rounding_drops_consecutive_duplicates(build):
    ring = [(1.00001, 2.0), (1.00002, 2.0), (1.5, 2.0), (1.00001, 2.0)]
    assert build.clean(ring) == [(1.0, 2.0), (1.5, 2.0), (1.0, 2.0)]


def test_ring_across_the_antimeridian_is_cut_in_two(build):
    ring = [(179.0, 0.0), (-179.0, 0.0), (-179.0, 1.0), (179.0, 1.0), (179.0, 0.0)]
    pieces = build.split_antimeridian(ring)
    assert len(pieces) == 2
    spans = sorted((min(p[0] for p in r), max(p[0] for p in r)) for r in pieces)
    assert spans == [(-180.0, -179.0), (179.0, 180.0)]


def test_label_point_falls_inside_a_concave_shape(build):
    # A "C" shape whose centroid lies in the open notch.
    ring = [(0, 0), (3, 0), (3, 1), (1, 1), (1, 2), (3, 2), (3, 3), (0, 3), (0, 0)]
    x, y = build.label_point([ring])
    assert build.inside(ring, x, y)
