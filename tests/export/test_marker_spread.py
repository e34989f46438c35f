"""Two places a few kilometres apart are both seen on the map: their markers are moved apart
just enough, and markers far apart do not move."""

from math import hypot

from briefdeck.export.marker_spread import spread


def test_markers_on_one_point_are_set_side_by_side():
    a, b = spread([(100.0, 100.0), (100.0, 100.0)], 10.0)
    assert hypot(a[0] - b[0], a[1] - b[1]) >= 9.99


def test_markers_closer_than_a_marker_are_pushed_apart_along_their_line():
    a, b = spread([(100.0, 100.0), (103.0, 100.0)], 10.0)
    assert abs(a[1] - 100) < 1e-9 and abs(b[1] - 100) < 1e-9
    assert b[0] - a[0] >= 9.99 and a[0] < 100 < 103 < b[0]


def test_markers_apart_already_stay_where_they_are():
    points = [(0.0, 0.0), (50.0, 0.0), (0.0, 50.0)]
    assert spread(points, 10.0) == points


def test_a_cluster_of_three_ends_with_every_pair_apart():
    moved = spread([(0.0, 0.0), (2.0, 0.0), (1.0, 1.5)], 10.0)
    assert all(hypot(p[0] - q[0], p[1] - q[1]) >= 9.9
               for i, p in enumerate(moved) for q in moved[i + 1:])


def test_a_marker_by_the_frame_is_not_pushed_out_of_the_map():
    frame = (0.0, 0.0, 200.0, 100.0)
    moved = spread([(3.0, 50.0), (3.0, 50.0), (196.0, 97.0), (197.0, 97.0)], 10.0, frame)
    assert all(5.0 - 1e-9 <= x <= 195.0 + 1e-9 and 5.0 - 1e-9 <= y <= 95.0 + 1e-9
               for x, y in moved)


def test_a_dense_cluster_never_moves_a_marker_far_from_its_place():
    points = [(100.0, 100.0)] * 10
    moved = spread(points, 10.0)
    assert max(hypot(x - 100.0, y - 100.0) for x, y in moved) <= 15.0 + 1e-9
    # (fanned around the point, not strung out in a line)
    assert len({round(y, 3) for _, y in moved}) > 2


def test_a_small_cluster_by_the_frame_still_ends_with_every_pair_apart():
    moved = spread([(5.0, 5.0), (6.0, 5.0), (5.0, 6.0)], 10.0, (0.0, 0.0, 100.0, 100.0))
    assert all(hypot(p[0] - q[0], p[1] - q[1]) >= 9.9
               for i, p in enumerate(moved) for q in moved[i + 1:])


def test_five_markers_on_one_point_ring_it_every_pair_apart():
    moved = spread([(50.0, 50.0)] * 5, 10.0)
    assert all(hypot(p[0] - q[0], p[1] - q[1]) >= 9.9
               for i, p in enumerate(moved) for q in moved[i + 1:])
