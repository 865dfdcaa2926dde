"""Deduplication: the same strike reported twice becomes one event with all its sources."""
from __future__ import annotations

import dataclasses

import pytest

from geo_tracker.dedup import dedup, same_event
from geo_tracker.models import Event

BASE = dict(event_id="e1", article_id="a1", sources=("a1",), event_type="airstrike", actor="russia",
            target=None, date_start="2024-03-06", date_end="2024-03-06", time_precision=1,
            place_id="ocha:C2893", place_name_ar="السخنة", place_name_en="Sokhneh", admin1="Homs",
            geo_precision=1, uncertainty_km=5.0, killed=None, injured=None, quote="q",
            background=False, lat=34.887, lon=38.870)


def ev(**kw) -> Event:
    return Event(**{**BASE, **kw})


def test_two_articles_one_strike():
    a = ev()
    b = ev(event_id="e2", article_id="a2", sources=("a2",), killed=6, quote="other words")
    out = dedup([a, b])
    assert len(out) == 1
    assert out[0].sources == ("a1", "a2")
    assert out[0].event_id == "e1"          # the first report's id is kept
    assert out[0].killed == 6               # the stated toll survives


@pytest.mark.parametrize("change", [
    dict(actor="coalition"),                                  # another actor
    dict(event_type="shelling"),                              # another type
    dict(date_start="2024-03-10", date_end="2024-03-10"),     # days apart
    dict(place_id="ocha:C2894", lat=34.93, lon=38.91),        # a village 6 km away
    dict(background=True),
])
def test_different_events_stay_apart(change):
    assert len(dedup([ev(), ev(event_id="e2", article_id="a2", sources=("a2",), **change)])) == 2


def test_a_region_report_is_absorbed_by_the_precise_one():
    broad = ev(event_id="e0", place_id="cur:badia-homs", place_name_ar="بادية حمص", geo_precision=3,
               uncertainty_km=107.0, lat=34.5, lon=38.5, killed=7, time_precision=2,
               date_start="2024-03-05", date_end="2024-03-06")
    precise = ev(killed=4)
    out = dedup([broad, precise])
    assert len(out) == 1
    assert out[0].place_id == "ocha:C2893" and out[0].geo_precision == 1
    assert out[0].killed == 4               # the regional total may cover other places
    assert out[0].event_id == "e0"


def test_unattributed_report_merges_with_attributed_one():
    out = dedup([ev(actor="unknown"), ev(event_id="e2", article_id="a2", sources=("a2",))])
    assert len(out) == 1 and out[0].actor == "russia"


def test_undated_reports_merge_only_at_the_same_place():
    a = ev(date_start=None, date_end=None, time_precision=3)
    b = ev(event_id="e2", article_id="a2", sources=("a2",), date_start=None, date_end=None, time_precision=3)
    assert len(dedup([a, b])) == 1
    c = dataclasses.replace(b, place_id="ocha:C2889", lat=34.557, lon=38.277)
    assert len(dedup([a, c])) == 2


def test_same_event_is_symmetric():
    a, b = ev(), ev(event_id="e2", lat=34.90, lon=38.88)
    assert same_event(a, b) == same_event(b, a) is True


def test_places_one_sentence_lists_apart_stay_apart():
    a = ev(place_id="ocha:C5942", place_name_ar="المنصورة", geo_precision=2, uncertainty_km=30.0,
           lat=35.83, lon=38.77, quote="مروراً بباديتي الرصافة والمنصورة")
    b = ev(event_id="e1", place_id="cur:al-rusafa-raqqa", place_name_ar="الرصافة", geo_precision=2,
           uncertainty_km=30.0, lat=35.63, lon=38.76, quote="مروراً بباديتي الرصافة والمنصورة")
    assert len(dedup([a, b])) == 2
    # the same two reports in different sentences of the article are the same strike told twice
    assert len(dedup([a, dataclasses.replace(b, quote="غارات على بادية الرصافة")])) == 1
    # a mountain and the surroundings of a town beside it, listed in one sentence: two places
    # ("في محيط الكسوة وجبل المانع", 4 km apart; they were merged)
    q = "شنت طائرات إسرائيلية غارات على مواقع في محيط الكسوة وجبل المانع بريف دمشق."
    town = ev(place_id="ocha:C2280", place_name_ar="محيط الكسوة", place_kind="town", geo_precision=2,
              lat=33.356, lon=36.244, quote=q, actor="israel")
    mount = ev(place_id="cur:jabal-al-mane", place_name_ar="جبل المانع", place_kind="mountain", geo_precision=1,
               lat=33.360, lon=36.202, quote=q, actor="israel")
    assert len(dedup([town, mount])) == 2
    # (in two sentences of the article, the mountain may be the town's surroundings told again)
    assert len(dedup([town, dataclasses.replace(mount, quote="واستهدفت الغارات جبل المانع.")])) == 1


def test_a_countryside_summary_in_one_article_is_absorbed_by_its_precise_report():
    summary = ev(event_id="e0", place_id="ocha:SY12", place_name_ar="ريف درعا", geo_precision=2,
                 uncertainty_km=40.0, lat=32.75, lon=36.2, killed=17, quote="غارات على بلدات في ريف درعا")
    precise = ev(event_id="e1", place_id="ocha:C6000", place_name_ar="بصر الحرير", geo_precision=1,
                 uncertainty_km=2.0, lat=32.85, lon=36.35, killed=4, quote="قتل 4 في بصر الحرير")
    out = dedup([summary, precise])
    assert len(out) == 1 and out[0].place_name_ar == "بصر الحرير" and out[0].killed == 4
    # from two articles they stay two reports: a countryside report elsewhere is its own event
    other = dataclasses.replace(precise, article_id="a2", sources=("a2",))
    assert len(dedup([summary, other])) == 2


def test_a_natural_area_summary_reaches_a_village_on_its_rim():
    # the Lajat plateau: a centroid with a 25 km reach; Busr al-Harir on its rim is 34 km away
    lajat = ev(event_id="e0", place_id="cur:lajat", place_name_ar="قرى في منطقة اللجاة", place_kind="region",
               geo_precision=2, uncertainty_km=25.0, lat=33.1444, lon=36.4217, quote="غارات على قرى في منطقة اللجاة")
    busr = ev(event_id="e1", place_id="ocha:C6000", place_name_ar="بصر الحرير", place_kind="village",
              uncertainty_km=2.0, lat=32.8377, lon=36.34, quote="استهدفت الغارات بلدة بصر الحرير")
    out = dedup([lajat, busr])
    assert [e.place_name_ar for e in out] == ["بصر الحرير"]
    # a town 34 km from a town's centre is not inside it; and one sentence's list stays apart
    town = dataclasses.replace(lajat, place_kind="town", place_name_ar="ازرع")
    assert len(dedup([town, busr])) == 2
    assert len(dedup([lajat, dataclasses.replace(busr, quote=lajat.quote)])) == 2


def test_a_desert_is_not_the_towns_beside_it():
    # "بادية الميادين" (the desert west of the river) and "بلدة الشحيل" (a town on its east bank):
    # one article's two attacks, 5 and 1 killed, stay two events
    badia = ev(event_id="e0", event_type="attack", actor="isis", place_id="cur:badia-mayadin",
               place_name_ar="بادية الميادين", place_kind="desert_area", geo_precision=2, uncertainty_km=30.0,
               lat=34.8934, lon=40.297, killed=5, quote="قتل خمسة بهجوم لخلايا داعش في بادية الميادين")
    town = ev(event_id="e1", event_type="attack", actor="unknown", place_id="ocha:C5119", place_name_ar="الشحيل",
              place_kind="village", geo_precision=1, uncertainty_km=2.0, lat=35.08003, lon=40.46784, killed=1,
              quote="قتل شاب برصاص مجهولين في بلدة الشحيل")
    assert [(e.actor, e.place_name_ar) for e in dedup([badia, town])] == [("isis", "بادية الميادين"),
                                                                       ("unknown", "الشحيل")]
    # nor a road told by its ends
    road = dataclasses.replace(town, place_kind="road", place_name_ar="حقل العمر النفطي – البصيرة", geo_precision=2,
                               uncertainty_km=8.0, killed=None)
    assert len(dedup([badia, road])) == 2
    # (a place near a village or some km from a town may lie in the desert: one event)
    near = dataclasses.replace(town, place_name_ar="قرب قرية الشحيل", geo_precision=2)
    assert len(dedup([badia, near])) == 1


def test_a_quarter_told_with_its_city_keeps_the_quarters_name():
    city = ev(event_id="e0", place_id="ocha:C1007", place_name_ar="حلب", geo_precision=1, uncertainty_km=8.0,
              lat=36.2, lon=37.16, place_kind="city", quote="قصفوا أحياء في مدينة حلب")
    quarter = dataclasses.replace(city, event_id="e1", place_name_ar="حي الحمدانية", place_kind="neighbourhood",
                                  killed=3, injured=5, quote="قتل 3 جراء قصف حي الحمدانية في حلب")
    out = dedup([city, quarter])
    assert len(out) == 1
    assert (out[0].place_name_ar, out[0].killed, out[0].injured, out[0].event_id) == ("حي الحمدانية", 3, 5, "e0")


def test_a_village_keeps_its_own_toll_over_the_wider_place_of_the_same_article():
    area = ev(event_id="e0", place_id="cur:jabal-al-zawiya", place_name_ar="جبل الزاوية", uncertainty_km=15.0, geo_precision=2,
              lat=35.71, lon=36.54, killed=13, quote="قتل 13 مدنياً بقصف على قرى وبلدات جبل الزاوية")
    village = ev(event_id="e1", place_id="ocha:C4090", place_name_ar="إبلين", uncertainty_km=2.0,
                 lat=35.70, lon=36.53, killed=8, quote="قصفت بلدة إبلين ما أدى إلى مقتل 8 مدنيين")
    out = dedup([area, village])
    assert [(e.place_name_ar, e.killed) for e in out] == [("إبلين", 8)]
    # from another article, the larger stated toll is the event's
    other = dataclasses.replace(village, article_id="a2", sources=("a2",))
    assert [e.killed for e in dedup([area, other])] == [13]


def test_one_articles_battle_and_the_storming_of_the_town_are_one_clash():
    battle = ev(event_type="clash", actor="syrian_gov", quote="معارك")
    storm = ev(event_id="e2", event_type="raid", actor="syrian_gov", killed=30, quote="اقتحام")
    out = dedup([battle, storm])
    assert [(e.event_type, e.killed) for e in out] == [("clash", 30)]
    # a raid reported by another article stays its own event
    other = dataclasses.replace(storm, article_id="a2", sources=("a2",))
    assert len(dedup([battle, other])) == 2


def test_a_stretch_of_road_and_a_village_on_it_in_one_article_are_one_strike():
    # "قرب قرية قروف" and, two sentences on, "على الطريق الواصل بين قروف وقرية صرين"
    near = ev(place_id="ocha:C1", place_name_ar="قرب قرية قروف", geo_precision=2, uncertainty_km=5.0,
              lat=36.825, lon=38.261, killed=2, quote="a")
    road = ev(event_id="e2", place_id="ocha:C1", place_name_ar="قروف – صرين", place_kind="road", geo_precision=2,
              uncertainty_km=13.2, lat=36.707, lon=38.279, quote="b")
    out = dedup([near, road])
    assert len(out) == 1 and out[0].place_name_ar == "قرب قرية قروف" and out[0].killed == 2
    # in two articles they stay two reports
    assert len(dedup([near, dataclasses.replace(road, article_id="a2", sources=("a2",))])) == 2


def test_two_towns_of_one_article_stay_apart_though_a_citys_radius_reaches_the_other():
    douma = ev(place_id="ocha:C2338", place_name_ar="دوما", place_kind="city", geo_precision=2, uncertainty_km=8.0,
               lat=33.572, lon=36.402, killed=96, quote="a")
    harasta = ev(event_id="e2", place_id="ocha:C2342", place_name_ar="حرستا", place_kind="town", uncertainty_km=5.0,
                 lat=33.558, lon=36.366, killed=7, quote="b")
    assert len(dedup([douma, harasta])) == 2
    # a city and its old town ("درعا" / "درعا البلد"), or a countryside report, may be one
    old_town = dataclasses.replace(harasta, place_name_ar="دوما البلد")
    assert len(dedup([douma, old_town])) == 1
    # in two articles, a town and the city next to it may be one strike told with either name
    assert len(dedup([douma, dataclasses.replace(harasta, article_id="a2", sources=("a2",))])) == 1


def test_a_battle_and_its_storming_told_without_the_stormers_are_one_event():
    battle = ev(event_type="clash", actor="syrian_gov", quote="حررت بلدة السخنة بعد معارك عنيفة")
    storm = ev(event_id="e2", event_type="attack", actor="unknown", killed=40, quote="قتلوا خلال اقتحام البلدة")
    assert same_event(battle, storm)
    out = dedup([battle, storm])
    assert [(e.actor, e.event_type, e.killed) for e in out] == [("syrian_gov", "clash", 40)]
    # an unattributed shooting in the same town on the same day is another event
    assert not same_event(battle, dataclasses.replace(storm, quote="قتل شاب برصاص مجهولين في البلدة"))
    # and so is another article's unattributed attack there
    assert not same_event(battle, dataclasses.replace(storm, article_id="a2", sources=("a2",)))


def test_one_placed_quarter_told_with_and_without_its_head_is_one_event():
    a = ev(place_id="cur:baba-amr", place_name_ar="بابا عمرو", place_kind="neighbourhood", uncertainty_km=2.0,
           lat=34.7132, lon=36.69, event_type="shelling", actor="syrian_gov", quote="قصف بابا عمرو")
    b = dataclasses.replace(a, event_id="e2", place_name_ar="حي بابا عمرو", killed=20, quote="القتلى في حي بابا عمرو")
    assert same_event(a, b) and len(dedup([a, b])) == 1
    # (two quarters placed at their city's point stay apart)
    c = dataclasses.replace(a, place_id="ocha:C2528", place_name_ar="حي الخالدية", geo_precision=2)
    d = dataclasses.replace(c, event_id="e2", place_name_ar="حي الإنشاءات")
    assert not same_event(c, d)


def test_one_strike_told_again_where_it_fell_on_the_provinces_rim_keeps_its_toll():
    # "قتلت اثنين من قادة حراس الدين في ضربة جوية في ريف إدلب. وقالت مصادر إن الضربة وقعت على طريق
    # بلدة سلقين": Salqin lies beyond the province's radius, inside its polygon
    summary = ev(event_id="e0", event_type="airstrike", actor="coalition", place_id="ocha:SY07", place_name_ar="ريف إدلب",
                 place_kind="governorate", admin1="Idleb", geo_precision=3, uncertainty_km=41.4,
                 lat=35.785, lon=36.682, killed=2, quote="قتلت اثنين من قادة حراس الدين في ضربة جوية في ريف إدلب")
    precise = ev(event_id="e1", event_type="airstrike", actor="coalition", place_id="ocha:C4101", place_name_ar="سلقين",
                 place_kind="town", admin1="Idleb", geo_precision=2, uncertainty_km=15.0,
                 lat=36.138, lon=36.453, quote="وقالت مصادر محلية إن الضربة وقعت على طريق بلدة سلقين")
    out = dedup([summary, precise])
    assert [(e.place_name_ar, e.killed) for e in out] == [("سلقين", 2)]
    # another act in the province, not the one told again: the countryside report keeps its toll (rev18)
    towns = dataclasses.replace(precise, quote="وطال القصف بلدتي سلقين وحارم")
    assert sorted((e.place_name_ar, e.killed) for e in dedup([summary, towns])) == [("ريف إدلب", 2), ("سلقين", None)]
    # … and a countryside report with no toll is summed up by it
    bare = dataclasses.replace(summary, killed=None)
    assert [(e.place_name_ar, e.killed) for e in dedup([bare, towns])] == [("سلقين", None)]
