"""Geoparser behaviour on Arabic phrases, one line per case (a spec)."""
from __future__ import annotations

import pytest

from geo_tracker.gazetteer import load_default
from geo_tracker.text import normalize_char_string
from geo_tracker.geoparse import geoparse, haversine_km, offset_point
from geo_tracker.models import Article


@pytest.fixture(scope="module")
def gaz():
    return load_default()


def parse(text: str, gaz):
    return geoparse(Article("t", text), gaz)


def resolved(text: str, gaz):
    return [m for m in parse(text, gaz) if m.place_id]


# (text, surface expected, English name fragment, admin1)
RESOLVE_CASES = [
    ("شنت طائرات روسية غارات على مدينة تدمر وسط البلاد", "تدمر", "admin1=Homs", "Homs"),
    ("قصف مدفعي استهدف محيط بلدة معرة النعمان جنوبي إدلب", "معرة النعمان", "", "Idleb"),
    ("وأفاد ناشطون بسقوط قذائف على مدينة جسر الشغور", "جسر الشغور", "", "Idleb"),
    ("انفجار عبوة ناسفة في مدينة الميادين بريف دير الزور الشرقي", "الميادين", "", "Deir-ez-Zor"),
    ("غارة إسرائيلية على مطار المزة العسكري في دمشق", "دمشق", "", "Damascus"),
    ("مسيرة تركية تستهدف سيارة في مدينة القامشلي", "القامشلي", "", "Al-Hasakeh"),
    ("اشتباكات في حي درعا البلد جنوبي سوريا", "درعا البلد", "", "Dar'a"),
    ("هجوم على حاجز في بلدة الصنمين بريف درعا الشمالي", "الصنمين", "", "Dar'a"),
]


@pytest.mark.parametrize("text,surface,_,admin1", RESOLVE_CASES)
def test_resolves_places(text, surface, _, admin1, gaz):
    ms = resolved(text, gaz)
    hit = [m for m in ms if m.surface == surface]
    assert hit, f"{surface} not found in {[(m.surface, m.admin1) for m in ms]}"
    assert hit[0].admin1 == admin1
    assert text[hit[0].start:hit[0].end] == surface


CLITIC_CASES = [
    ("وصلت التعزيزات لتدمر صباحاً", "تدمر"),
    ("وبالسخنة سقطت قذائف", "السخنة"),
    ("توجه الرتل للرقة", "رقة"),
    ("وتدمر تعرضت لقصف", "تدمر"),
    ("فالبوكمال شهدت اشتباكات", "البوكمال"),
]


@pytest.mark.parametrize("text,surface", CLITIC_CASES)
def test_clitics_are_stripped(text, surface, gaz):
    ms = resolved(text, gaz)
    assert [m.surface for m in ms] == [surface]
    m = ms[0]
    assert text[m.start:m.end] == surface


def test_the_shortest_clitic_is_stripped_first(gaz):
    # "وبداما": the town بداما by Jisr al-Shughur after "و", not the village داما of the Lajat after "وب"
    ms = resolved("قصفت الطائرات بلدتي محمبل وبداما", gaz)
    assert [(m.surface, m.admin1) for m in ms] == [("محمبل", "Idleb"), ("بداما", "Idleb")]


def test_offsets_survive_diacritics_and_tatweel(gaz):
    text = "غاراتٌ روسيّةٌ على بـاديـة السُّخْنَة أمس"
    ms = resolved(text, gaz)
    assert len(ms) == 1
    m = ms[0]
    assert m.relation == "desert_of"
    assert text[m.start:m.end] == "السُّخْنَة"


def test_desert_construct_widens_uncertainty(gaz):
    town = resolved("قصف على مدينة السخنة", gaz)[0]
    area = resolved("غارات على بادية السخنة", gaz)[0]
    assert area.surface == town.surface == "السخنة"   # the contract's surface: head stripped
    assert haversine_km(area.lat, area.lon, town.lat, town.lon) < area.uncertainty_km
    assert area.relation == "desert_of"
    assert area.uncertainty_km >= 30 > town.uncertainty_km
    assert area.geo_precision == 2 and town.geo_precision == 1


def test_desert_of_a_town_without_curated_row(gaz):
    town = resolved("قصف على بلدة عقيربات", gaz)[0]
    area = resolved("غارات على بادية عقيربات", gaz)[0]
    assert area.place_id == town.place_id and area.relation == "desert_of"
    assert area.uncertainty_km >= 30 and area.geo_precision == 2


def test_dual_head_governs_both_places(gaz):
    ms = resolved("غارات مكثفة على باديتي حمص ودير الزور", gaz)
    assert [m.relation for m in ms] == ["desert_of", "desert_of"]
    assert {m.admin1 for m in ms} == {"Homs", "Deir-ez-Zor"}


def test_plural_head_governs_a_list(gaz):
    ms = resolved("كهوف في بوادي حمص، ودير الزور، والرقة شرق سورية", gaz)
    assert len(ms) == 3
    assert all(m.relation == "desert_of" for m in ms)


def test_countryside_direction_moves_into_the_governorate_part(gaz):
    ms = resolved("غارات على ريف حمص الشرقي", gaz)
    assert len(ms) == 1
    m = ms[0]
    city = next(p for p in gaz.candidates("حمص") if p.kind == "city")
    assert m.relation == "countryside_of" and m.geo_precision == 3
    assert m.lon > city.lon + 0.2   # east of the city of Homs ...
    km = haversine_km(m.lat, m.lon, city.lat, city.lon)
    assert 20 < km < 100            # ... in its countryside, not in the desert by Iraq
    assert m.uncertainty_km >= 20


def test_countryside_is_around_the_capital_not_the_desert(gaz):
    # "ريف حمص" is the countryside of the city; the governorate's own point lies in the desert
    m = resolved("قصف على ريف حمص", gaz)[0]
    city = next(p for p in gaz.candidates("حمص") if p.kind == "city")
    gov = gaz.governorate("حمص")
    assert m.relation == "countryside_of"
    assert haversine_km(m.lat, m.lon, city.lat, city.lon) < haversine_km(gov.lat, gov.lon, city.lat, city.lon)
    sw = resolved("توغل في ريف دمشق الجنوبي الغربي", gaz)[0]
    dam = next(p for p in gaz.candidates("دمشق") if p.kind == "city")
    assert sw.lat < dam.lat and sw.lon < dam.lon
    assert haversine_km(sw.lat, sw.lon, dam.lat, dam.lon) < 60


def test_direction_of_a_town(gaz):
    base = resolved("مدينة تدمر", gaz)[0]
    north = resolved("اشتباكات شمال تدمر", gaz)[0]
    se = resolved("كمين جنوب شرقي تدمر", gaz)[0]
    # the town's own point (ACLED: "near / north of a town" takes the town, geo_precision 2), with
    # a radius that covers the side named
    assert north.relation == "direction_of" and (north.lat, north.lon) == (base.lat, base.lon)
    assert se.relation == "direction_of" and (se.lat, se.lon) == (base.lat, base.lon)
    assert north.uncertainty_km >= 20 and north.geo_precision == 2 and north.qualifier == "شمال"
    # a distance written with the side is a point that far that way
    far = resolved("كمين على بعد 30 كيلومتراً جنوب شرقي تدمر", gaz)[0]
    assert far.relation == "direction_of" and far.lat < base.lat and far.lon > base.lon


def test_distance_from_a_town(gaz):
    ms = resolved("باتت الخلايا تتمركز على بعد 17 كيلومتراً فقط عن السخنة", gaz)
    assert len(ms) == 1
    assert ms[0].relation == "distance"
    assert ms[0].uncertainty_km >= 17


@pytest.mark.parametrize("text,admin1", [
    ("اشتباكات في بلدة الطيبة بريف درعا الشرقي", "Dar'a"),
    ("هجوم على قرية الطيبة في بادية حمص الشرقية قرب السخنة", "Homs"),
    ("غارات على المنصورة بريف الرقة الغربي", "Ar-Raqqa"),
    ("قصف على بلدة المنصورة في ريف حلب الغربي", "Aleppo"),
])
def test_homonyms_follow_the_governorate_named(text, admin1, gaz):
    ms = [m for m in resolved(text, gaz) if m.kind not in ("governorate",)]
    first = ms[0]
    assert first.admin1 == admin1, [(m.surface, m.admin1, m.place_id) for m in ms]


@pytest.mark.parametrize("text,place_id", [
    # the press's "الغوطة" is Damascus's Eastern Ghouta; the Raqqa village keeps its name
    ("دمشق - سقطت قذائف هاون أطلقها المسلحون من الغوطة على أحياء العاصمة", "cur:eastern-ghouta"),
    ("قصفت طائرات التحالف الدولي قرية الغوطة في ريف الرقة الشمالي", "ocha:C5728"),
])
def test_ghouta_short_name(text, place_id, gaz):
    assert [m.place_id for m in resolved(text, gaz) if m.surface == "الغوطة"] == [place_id]


@pytest.mark.parametrize("text,ids", [
    ("قصف جيش الاحتلال التركي قرى مقاطعة الشهباء", ["cur:shahba-region"]),
    ("نزح الآلاف نحو منطقة الشهباء", ["cur:shahba-region"]),
    ("وصل الوفد إلى حلب الشهباء أمس", ["ocha:C1007"]),      # Aleppo's epithet
])
def test_shahba_region_needs_its_head(text, ids, gaz):
    assert [m.place_id for m in resolved(text, gaz)] == ids


def test_press_name_of_an_ocha_town(gaz):
    # OCHA's "الكرك" (Daraa) is the press's "الكرك الشرقي"
    ms = resolved("فجّر مجهولون عبوة ناسفة على الطريق الواصل بين المسيفرة والكرك الشرقي", gaz)
    assert [m.place_id for m in ms if m.surface == "الكرك الشرقي"] == ["ocha:C6047"]
    # the press's "البيضا" (no final hamza) is the Banias village; "تلة" (a hill) needs its head
    ms = resolved("في الذكرى السنوية لمجزرة البيضا في ريف بانياس، نفذت قوة إنزالاً على تلة في جبل المانع", gaz)
    assert [(m.surface, m.place_id) for m in ms if m.surface in ("البيضا", "تلة")] == [("البيضا", "ocha:C5343")]
    # the press's "تل الورد" near Zirgan is OCHA's "تل الورد غربي", not the Homs village of that name
    ms = resolved("قصف جيش الاحتلال التركي منذ صباح اليوم قرى الداودية وتل الورد في ريف ناحية زركان بقذائف المدفعية", gaz)
    assert [m.place_id for m in ms if m.surface == "تل الورد"] == ["ocha:C5011"]
    # (but a one-word namesake keeps its bare name: the Tartus الريحانية, the Qamishli جرمز)
    assert [m.place_id for m in resolved("قصفت القوات التركية قرية جرمز", gaz)] == ["ocha:C4566"]
    # OCHA's typo "الغارية الغريبة" is the press's "الغارية الغربية", not the Suwayda town الغارية
    ms = resolved("هجمات على حواجز في بلدات صيدا والغارية الغربية بريف درعا الشرقي", gaz)
    assert [m.place_id for m in ms if m.surface.endswith("الغربية")] == ["ocha:C6010"]


@pytest.mark.parametrize("text,surface,place_id", [
    # the press's agreeing qualifier, "الكبرى" for "الكبيرة", "جديد" for "جديدة" (name_rules.yaml)
    ("هاجم التنظيم قرية الريحانية الغربية قرب تل تمر", "الريحانية الغربية", "ocha:C4384"),
    ("اشتباكات عنيفة في بلدة الصورة الكبرى بريف السويداء", "الصورة الكبرى", "ocha:C6261"),
    ("هجوم لمسلحين من العشائر على بلدة جديد بكارة في ريف دير الزور", "جديد بكارة", "ocha:C5141"),
])
def test_press_forms_of_ocha_names(text, surface, place_id, gaz):
    assert [m.place_id for m in resolved(text, gaz) if m.surface == surface] == [place_id]


def test_homonym_follows_nearby_places(gaz):
    text = "اندلعت اشتباكات على محاور قرية الطيبة والكوم شمالي مدينة السخنة"
    ms = resolved(text, gaz)
    tayba = [m for m in ms if m.surface == "الطيبة"][0]
    sukhna = [m for m in ms if m.surface == "السخنة"][0]
    assert haversine_km(tayba.lat, tayba.lon, sukhna.lat, sukhna.lon) < 60


@pytest.mark.parametrize("text", [
    "قصفت الطائرات مواقع في الريف الشرقي للمحافظة",       # الشرقي = eastern
    "قال المتحدث أحمد الحماد إن الوضع هادئ",                # a surname
    "تتصدر القضية الميادين السياسية والإعلامية",            # الميادين = arenas
    "صعد المقاتلون إلى تل مرتفع ثم إلى جبل قريب",          # تل / جبل alone
])
def test_ordinary_words_do_not_fire(text, gaz):
    assert resolved(text, gaz) == []


def test_ambiguous_word_fires_with_evidence(gaz):
    ms = resolved("انفجار في مدينة الميادين شرقي دير الزور", gaz)
    assert "الميادين" in [m.surface for m in ms]


def test_unknown_village_is_an_unresolved_mention(gaz):
    ms = parse("قصف مدفعي على قرية زغرينة الصغيرة", gaz)
    unres = [m for m in ms if m.place_id is None]
    assert [m.surface for m in unres] == ["زغرينة"]
    assert unres[0].lat is None and unres[0].kind == "village"


def test_persian_letter_forms_and_indic_digits(gaz):
    # Persian kaf/yeh as some outlets type them
    ms = resolved("غارات على مدینة تدمر و١٧ غارة على البوکمال", gaz)
    assert {m.surface for m in ms} == {"تدمر", "البوکمال"}


def test_offset_point_moves_north():
    lat, lon = offset_point(34.0, 38.0, 0, 15)
    assert lat > 34.1 and abs(lon - 38.0) < 1e-6
    assert 14.5 < haversine_km(34.0, 38.0, lat, lon) < 15.5


def test_unknown_neighbourhoods_are_placed_at_their_city(gaz):
    ms = parse("ألقت مروحيات النظام براميل على أحياء الكلاسة والسكري في مدينة حلب. "
               "وفي حي الشعار استُشهد 4 مدنيين.", gaz)
    aleppo = next(m for m in ms if m.surface == "حلب")
    hoods = {m.surface: m for m in ms if m.relation == "in_city"}
    assert set(hoods) == {"الكلاسة", "السكري", "الشعار"}
    for m in hoods.values():
        assert (m.place_id, m.lat, m.lon, m.geo_precision) == (aleppo.place_id, aleppo.lat, aleppo.lon, 2)
        assert m.uncertainty_km >= aleppo.uncertainty_km and m.name_ar == f"حي {m.surface}"


def test_quarters_keep_their_city_through_the_article(gaz):
    # "حكومة دمشق" is the government: the quarters named after it are still Aleppo's; the second
    # name of "حيي X وY" is a quarter too (الأشرفية is also a village near Homs), and so is the same
    # name in the headline and without "حي"
    text = ("قوات حكومة دمشق تقصف الشيخ مقصود والأشرفية\n"
            "قصفت فصائل تابعة لحكومة دمشق حيي الشيخ مقصود والأشرفية في مدينة حلب. "
            "واتهمت وزارة الدفاع في حكومة دمشق قسد باستهداف حيي السريان والميدان. "
            "وسقطت القذائف على المنازل في الشيخ مقصود.")
    ms = [m for m in parse(text, gaz) if m.surface != "دمشق" and m.surface != "حلب"]
    aleppo = next(p for p in gaz.candidates("حلب") if p.kind == "city")
    assert [m.surface for m in ms] == ["الشيخ مقصود", "الأشرفية", "الشيخ مقصود", "الأشرفية",
                                       "السريان", "الميدان", "الشيخ مقصود"]
    for m in ms:
        assert m.relation == "in_city" and m.place_id == aleppo.id, m


def test_a_neighbourhood_is_not_a_far_village_of_the_same_name(gaz):
    # الزهراء is a village in Aleppo, Idlib and Hasakah governorates; here it is a quarter of Homs
    m = next(m for m in parse("قُتل 57 شخصاً بتفجيرين في حي الزهراء في مدينة حمص.", gaz) if m.surface == "الزهراء")
    homs = next(m for m in parse("مدينة حمص", gaz) if m.place_id)
    assert m.relation == "in_city" and haversine_km(m.lat, m.lon, homs.lat, homs.lon) < 1


@pytest.mark.parametrize("text,surface", [
    ("قصفت قوات النظام حي باب توما في دمشق.", "باب توما"),       # a two-word name
])
def test_two_word_unknown_names(text, surface, gaz):
    assert surface in [m.surface for m in parse(text, gaz)]


@pytest.mark.parametrize("text,word", [
    ("استهدفت الغارات منطقة خفض التصعيد في إدلب.", "خفض"),     # "de-escalation zone"
    ("سقطت قذيفة على حي سكني في مدينة سراقب.", "سكني"),          # "a residential quarter"
])
def test_ordinary_words_after_a_trigger_are_not_names(text, word, gaz):
    assert word not in [m.surface for m in parse(text, gaz)]


def test_a_known_place_right_after_an_ambiguous_one_locates_it(gaz):
    # nine villages called (ال)جديدة; the one meant lies near the town named right after it
    m = next(m for m in resolved("قصف على قرية الجديدة قرب بلدة صلنفة", gaz) if m.surface == "الجديدة")
    assert m.admin1 == "Lattakia"


def test_a_road_end_is_not_a_governorate_qualifier(gaz):
    ms = parse("قتل 25 عسكرياً في هجوم على حافلة قرب مدينة السخنة على طريق دير الزور – تدمر.", gaz)
    assert next(m for m in ms if m.surface == "السخنة").admin1 == "Homs"


def test_a_common_word_with_clitic_b_is_not_a_nearby_village(gaz):
    # جروح is a village in Hama, and "بجروح" means "with wounds"
    ms = parse("قصفت قوات النظام بلدة فليفل، ما أدى إلى إصابة طفلين بجروح متفاوتة.", gaz)
    assert "جروح" not in [m.surface for m in ms]


def test_a_canton_is_an_area_around_its_town(gaz):
    ms = resolved("استهدفت طائرات تركية منشآت في مقاطعتي قامشلو والحسكة.", gaz)
    assert [(m.surface, m.relation) for m in ms] == [("قامشلو", "area_of"), ("الحسكة", "area_of")]
    assert all(m.uncertainty_km >= 30 for m in ms)


def test_two_names_side_by_side_are_no_list(gaz):
    # the dual "بلدتي" governs "فليفل وسفوهن", not the word "بجروح" (with wounds) later on
    ms = parse("قصفت قوات النظام بلدتي فليفل وسفوهن في جبل الزاوية، ما أدى إلى إصابة طفلين في فليفل بجروح متفاوتة.", gaz)
    assert "جروح" not in [m.surface for m in ms]
    # a dash joins a dual head's list ("باديتي تدمر - السخنة")
    ms = resolved("تمشيط باديتي تدمر - السخنة بريف حمص الشرقي", gaz)
    assert [m.relation for m in ms if m.surface in ("تدمر", "السخنة")] == ["desert_of", "desert_of"]


def test_joined_and_split_maarat_spellings(gaz):
    # OCHA writes "معرتحرمة"; the press "معرة حرمة"
    assert [m.place_id for m in resolved("قصف الطيران بلدة معرة حرمة جنوبي إدلب", gaz)][:1] == ["ocha:C4071"]


def test_a_quarter_named_with_a_village_name_is_the_quarter(gaz):
    # "مساكن هنانو" is a quarter of Aleppo; هنانو alone is also a village 150 km away
    ms = parse("تعرضت الأحياء الشرقية في مدينة حلب لغارات. واستُهدف حي مساكن هنانو ببرميلين متفجرين.", gaz)
    assert [(m.surface, m.relation) for m in ms if m.surface != "حلب"] == [("مساكن هنانو", "in_city")]


def test_a_village_word_lends_the_article_to_a_name_without_it(gaz):
    # "السويدية" is also "Swedish": without a kind word it stays a word; with one, the village
    # OCHA writes without the article
    assert not resolved("أعلنت الحكومة السويدية عن مساعدات.", gaz)
    got = [m.place_id for m in resolved("قصفت المسيرات قرية السويدية في ريف ديرك.", gaz)]
    assert {"ocha:C4835", "ocha:C4840"} & set(got), got
    got = [m.place_id for m in resolved("استهدفت المسيّرات محطة السويدية للغاز في ريف ديرك.", gaz)]
    assert {"ocha:C4835", "ocha:C4840"} & set(got), got   # a plant named after its village
    # a governorate word does not lend it: "بمحافظة الأنبار" is Iraq's, not the village أنبار
    assert "ocha:C1549" not in [m.place_id for m in resolved("استهدفت مواقع في القائم بمحافظة الأنبار.", gaz)]


def test_the_city_named_again_is_no_village(gaz):
    # "المدينة" is also a village in Hasakah; "أحياء المدينة" is the city just named
    ms = parse("قصفت قوات النظام مدينة أريحا، واستهدفت أحياء المدينة بقذائف المدفعية.", gaz)
    assert [m.surface for m in ms if m.place_id] == ["أريحا"]


def test_a_square_is_placed_at_its_city(gaz):
    ms = {m.surface: m for m in parse("سقطت قذيفة هاون على ساحة العباسيين في دمشق.", gaz)}
    sq = ms["العباسيين"]
    assert (sq.relation, sq.name_ar, sq.place_id) == ("in_city", "ساحة العباسيين", ms["دمشق"].place_id)
    assert not [m for m in parse("تقدمت القوات في ساحة المعركة قرب مدينة حلب.", gaz) if m.relation == "in_city"]
    rb = [m for m in parse("انفجرت عبوة قرب دوار الجندول في مدينة حلب.", gaz) if m.relation == "in_city"]
    assert [m.name_ar for m in rb] == ["دوار الجندول"]
    # "دوار المدينة" is the city's roundabout, not the village "المدينة"
    assert "ocha:C4337" not in [m.place_id for m in parse("انفجرت دراجة مفخخة قرب دوار المدينة في جنديرس.", gaz)]


def test_a_place_named_with_its_city_keeps_that_sense_later(gaz):
    # برزة is a Damascus quarter and a Homs village; "بدمشق" right after decides, and the
    # later bare "برزة" of the same article is the same place
    text = ("استهدفت الضربات مركزا للبحوث في منطقة برزة بدمشق، ومنشأة غرب مدينة حمص. "
            "وقالت مصادر إن الضربة على مركز البحوث في برزة لم تسفر عن خسائر، فيما أصيب ثلاثة قرب حمص.")
    assert [m.place_id for m in parse(text, gaz) if m.surface == "برزة"] == ["cur:barzeh", "cur:barzeh"]


def test_an_outlets_name_is_no_place(gaz):
    got = [m.place_id for m in resolved("وقال مصدر محلي لوكالة قاسيون إن الهجوم وقع في بلدة تل شهاب، بحسب مراسل قاسيون.", gaz)]
    assert got and "cur:jabal-qasioun" not in got, got
    # a byline "دمشق الآن |", "حلب اليوم:" (but "قصفت الطائرات حلب اليوم، …" is the city, today)
    assert [m.surface for m in resolved("دمشق الآن | ارتفع عدد الشهداء جراء التفجيرات التي ضربت مدينتي جبلة وطرطوس", gaz)] \
        == ["جبلة", "طرطوس"]
    assert [m.surface for m in resolved("حلب اليوم: قصفت الطائرات بلدة حريتان", gaz)] == ["حريتان"]
    assert [m.surface for m in resolved("قصفت الطائرات حلب اليوم، وقتل خمسة مدنيين", gaz)] == ["حلب"]


def test_a_name_with_a_neighbours_nisba_is_across_the_border(gaz):
    # "وادي خالد اللبناني", "بلدة الريحانية التركية": never the Syrian villages خالد or الريحانية
    ids = {m.surface: m.place_id for m in parse("سقطت قذائف أطلقت من محيط مدينة تلكلخ على بلدات في وادي خالد اللبناني، "
                                                 "فيما شهدت بلدة الريحانية التركية انفجارين.", gaz)}
    assert ids.get("تلكلخ") is not None and ids.get("خالد") is None and ids.get("الريحانية") is None, ids
    # (but a post the nisba names the owner of is Syrian: "نقطة الصرمان التركية")
    assert [m.place_id for m in resolved("هاجمت قوات النظام نقطة الصرمان التركية قرب معرة النعمان.", gaz)][0] is not None


def test_a_name_in_a_neighbours_district_or_province_is_across_the_border(gaz):
    # "في قضاء الهرمل" (a unit Syria does not have), "في إقليم هاتاي", "بولاية هاتاى"
    for text, name in [("سقطت ثلاث قذائف صاروخية على أطراف بلدة القصر في قضاء الهرمل.", "القصر"),
                       ("سقط صاروخان على بلدة الريحانية الحدودية في إقليم هاتاي يوم السبت.", "الريحانية"),
                       ("كما سقط صاروخ فى بلدة الريحانية بولاية هاتاى دون أن تحدد السلطات مصدره.", "الريحانية")]:
        ids = {m.surface: m.place_id for m in parse(text, gaz)}
        assert ids.get(name) is None, (text, ids)
    # a neighbouring country named right after the name ("قاعدة البرج 22 في الأردن")
    for text, name in [("قُتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة على قاعدة البرج 22 في الأردن.", "البرج"),
                       ("قصفت طائرات إسرائيلية بلدة القصير في لبنان.", "القصير")]:
        ids = {m.surface: m.place_id for m in parse(text, gaz)}
        assert ids.get(name) is None, (text, ids)
    assert [m.place_id for m in resolved("قصفت قوات النظام بلدة القصير في ريف حمص.", gaz)][0] is not None
    # (the ISIS "ولاية" of a Syrian province is no neighbour's: the town named before it stays Syrian)
    assert [m.place_id for m in resolved("تبنى التنظيم هجوماً على حاجز في بلدة الشحيل بولاية الخير.", gaz)][0] is not None

    # a neighbour, its province or a foreign city behind a direction or "في/ب" ("بجنوب لبنان",
    # "شمالي بغداد", "بمحافظة الأنبار"), a district word Syria does not use before the name ("قضاء هيت")
    for text, name in [("قُتل شخصان بغارة إسرائيلية على بلدة الطيبة جنوبي لبنان.", "الطيبة"),
                       ("استهدفت غارة إسرائيلية منزلا في بلدة الطيبة بجنوب لبنان.", "الطيبة"),
                       ("قُتل خمسة من عناصر الشرطة العراقية في هجوم لتنظيم الدولة على قضاء هيت غربي الأنبار.", "هيت"),
                       ("قُتل ستة جنود عراقيين بتفجير انتحاري في جزيرة الخالدية بمحافظة الأنبار.", "الخالدية"),
                       ("قُتل ثلاثة أشخاص بانفجار عبوة ناسفة في منطقة الحسينية شمالي بغداد.", "الحسينية")]:
        ids = {m.surface: m.place_id for m in parse(text, gaz)}
        assert ids.get(name) is None, (text, ids)
    # ... or a village told in a sentence about a neighbour, with no word of Syria
    ids = {m.surface: m.place_id for m in parse("وفي لبنان، قالت الوكالة الوطنية للإعلام إن صاروخا سقط في بلدة "
                                                 "الهبارية جنوبي البلاد دون وقوع إصابات.", gaz)}
    assert ids.get("الهبارية") is None, ids
    # (not a Syrian town in a neighbour's reactions, not the occupied Golan, not a road's two ends)
    assert [m.place_id for m in resolved("وفي لبنان، رأى نواب أن ما يجري في الزبداني يفتح الباب أمام التوتر.", gaz)][0] is not None
    assert [m.place_id for m in resolved("قصفت إسرائيل بلدة حضر في الجولان المحتل.", gaz)][0] is not None
    assert [m.place_id for m in resolved("قصفت قوات النظام بلدة الطيبة بريف درعا الشرقي.", gaz)][0] is not None


def test_the_press_name_of_a_shahba_village_beside_its_neighbour(gaz):
    # "أم حوش" by Herbel is OCHA's "معراتة أم حوش" (Aleppo), not the Safita أم حوش
    ids = {m.surface: m.place_id for m in resolved("قصف الجيش التركي قريتي حربل وأم حوش بعشرات القذائف.", gaz)}
    assert ids.get("أم حوش") == "ocha:C1641", ids


def test_a_name_found_without_its_article_is_shown_as_written(gaz):
    ms = resolved("استهدفت الفصائل مجموعة من عناصر النظام على محور الفطيرة في جبل الزاوية.", gaz)
    assert "الفطيرة" in [m.surface for m in ms]


def test_a_village_word_lends_its_article_to_a_bare_name(gaz):
    # the press writes "قرية جلبية" for OCHA's "الجلبية"; "بلدة خان العسل" is not "الخان"
    got = [m.place_id for m in resolved("استهدفت المسيّرة منزلاً في قرية جلبية جنوب شرقي عين العرب.", gaz)]
    assert "ocha:C2068" in got
    assert all(m.surface != "خان" for m in parse("سيطرت القوات على بلدة خان العسل غرب حلب.", gaz))


def test_the_ghoutas_are_regions(gaz):
    ms = {m.surface: m for m in resolved("تقدمت القوات في بلدة المليحة بالغوطة الشرقية، وقصفت داريا في الغوطة الغربية.", gaz)}
    assert ms["الغوطة الشرقية"].place_id == "cur:eastern-ghouta"
    assert ms["الغوطة الغربية"].place_id == "cur:western-ghouta"


def test_a_foreign_country_is_not_a_clitic_and_a_village(gaz):
    # "لبنان" is not ل + the Aleppo town "بنان"
    assert "ocha:C2185" not in [m.place_id for m in parse("أغارت الطائرات على معبر بين سوريا ولبنان وعلى طرق نحو لبنان.", gaz)]
    assert "ocha:C2185" in [m.place_id for m in resolved("قصفت الطائرات بلدة بنان في ريف حلب الجنوبي.", gaz)]


def test_a_kind_word_before_a_place_is_not_a_village(gaz):
    # "تلة" is also a village in Homs and Tartus; "على تلة الحماميات" is the hill of al-Hamamiyat
    got = [m.place_id for m in parse("شنت الفصائل هجوماً معاكساً على تلة الحماميات بريف حماة.", gaz)]
    assert "ocha:C2851" not in got and "ocha:C5645" not in got


def test_the_city_word_names_the_city_not_its_district(gaz):
    # Open-Syria lists "مدينة إدلب" among the district's aliases; the text means the city
    ms = resolved("نفذت طائرات مسيرة ضربة استهدفت سيارة قرب مدينة إدلب.", gaz)
    assert [m.place_id for m in ms] == ["ocha:C3871"], [(m.surface, m.place_id) for m in ms]


def test_a_merged_ocha_locality_is_shown_by_the_part_named(gaz):
    ms = resolved("تعرضت مواقع لقوات سوريا الديمقراطية في قرية الشيوخ لقصف مدفعي تركي.", gaz)
    assert [m.name_ar for m in ms] == ["الشيوخ"]


@pytest.mark.parametrize("text", [
    "أوغاريت الإخبارية | حمص الجريحة",          # an outlet named after the ancient site
    "وقال ناشطو الحي لأوغاريت إن القصف بدأ منذ الفجر",   # who was told
    "ونشرت شبكة السويداء 24 صوراً للدمار",
    "أفاد مركز حلب الإعلامي بأن اشتباكات عنيفة دارت",   # a media centre named by its city
])
def test_outlets_named_like_places_are_not_places(gaz, text):
    assert [m.surface for m in parse(text, gaz) if m.place_id and m.surface != "حمص"] == []


def test_a_place_after_a_speech_verb_is_still_a_place(gaz):
    assert [m.surface for m in parse("وقال إن القوات وصلت لتدمر أمس", gaz)] == ["تدمر"]
    assert [m.surface for m in parse("وقالت المصادر إن الطائرات توجهت لحلب", gaz)] == ["حلب"]


def test_a_time_zone_is_no_place(gaz):
    assert [m.surface for m in parse("بدأت الضربات قرابة الرابعة من فجر السبت بتوقيت دمشق", gaz)] == []


@pytest.mark.parametrize("text", [
    "غياب المحاسبة فتح الباب أمام تكرار الانتهاكات",            # an idiom, not the city الباب
    "منذ انطلاق الحراك السلمي قبل عامين",                        # the movement, not the town الحراك
    "استعاد الجيش بلدة سلمى، أبرز معاقل المعارضة",               # "most prominent", no list member
    "تعرضت قرى الجهة الشرقية لقصف مدفعي",                        # "the side", no unknown village
    "سقطت قذيفة قرب ساحة الكنيسة",                               # a square, in no named city
    "الأحد 6 تشرين الثاني: قصف صاروخي على المخيمات",              # a date, not the village "6 تشرين" (Raqqa)
    "الأحد ٦ تشرين الأول: قصف صاروخي على المخيمات",
])
def test_words_and_idioms_are_not_places(gaz, text):
    assert [m.surface for m in parse(text, gaz) if m.surface not in ("سلمى",)] == []


def test_a_village_named_by_a_date_is_found_as_a_village(gaz):
    assert [m.name_ar for m in parse("قصفت طائرات التحالف قرية 6 تشرين بريف الرقة", gaz)][:1] == ["6 تشرين"]


def test_a_square_named_like_a_village_is_in_its_city(gaz):
    ms = {m.surface: m for m in parse("تظاهر المئات في ساحة الكرامة وسط مدينة السويداء", gaz)}
    sq = ms["الكرامة"]
    assert (sq.relation, sq.name_ar, sq.place_id) == ("in_city", "ساحة الكرامة", ms["السويداء"].place_id)


def test_a_desert_named_with_its_direction_keeps_the_name_as_surface(gaz):
    m = parse("غارات على بادية حمص الشرقية", gaz)[0]
    assert (m.surface, m.kind) == ("حمص", "desert_area")


def test_a_verb_after_a_relative_pronoun_is_no_place(gaz):
    assert [m.surface for m in parse("الوحدات التي تدمّر خطوط الإمداد", gaz)] == []
    assert [m.surface for m in parse("وصلت القوات التي دخلت تدمر", gaz)] == ["تدمر"]
    assert [m.surface for m in parse("أوقع حماة الديار خسائر في صفوفهم", gaz)] == []


def test_a_place_near_a_town_is_not_a_far_namesake(gaz):
    # the gazetteer's السكرية villages are in Idlib, Raqqa and Daraa; this one is by Abu Kamal
    ms = {m.surface: m for m in parse("غارات على منطقتي الحسرات والسكرية قرب مدينة البوكمال", gaz)}
    s, town = ms["السكرية"], ms["البوكمال"]
    assert s.relation == "near" and haversine_km(s.lat, s.lon, town.lat, town.lon) < 1 and s.uncertainty_km >= 15
    # a namesake that does lie near the locating town stays
    ms = {m.surface: m for m in parse("قصف على قرية السكرية قرب جسر الشغور", gaz)}
    assert ms["السكرية"].relation is None and ms["السكرية"].place_id == "ocha:C4210"


def test_a_dual_head_governs_two_names_and_a_verb_is_no_list_member(gaz):
    ms = parse("نفذ الطيران غارات على مقرات في بلدتي تل واسط والعمقية، ودمر مستودعاً للذخيرة", gaz)
    assert [m.surface for m in ms] == ["تل واسط", "العمقية"]   # not Damascus's دمر ("destroyed")
    # a plural head still governs a longer list
    assert [m.surface for m in parse("قصف على قرى كفرنبل وحاس والبارة", gaz)] == ["كفرنبل", "حاس", "البارة"]


def test_a_street_named_after_a_town_is_in_its_city(gaz):
    ms = {m.surface: m for m in parse("انفجرت دراجة نارية مفخخة في شارع راجو وسط مدينة عفرين", gaz)}
    st = ms["راجو"]
    assert (st.relation, st.name_ar, st.place_id) == ("in_city", "شارع راجو", ms["عفرين"].place_id)


def test_a_persons_name_after_a_title_is_no_place(gaz):
    assert [m.surface for m in parse("وقال الناشط أبو عمر القلموني إن المعركة بدأت", gaz)] == []
    # the title may govern the name through a detached بـ and quotes
    assert [m.surface for m in parse('أطلقوا النار على الشاب الملقب بـ"أبو كمال" أمام منزله', gaz)] == []
    assert [m.surface for m in parse("أطلقوا النار على الشاب الملقب بأبو كمال أمام منزله", gaz)] == []
    assert [m.surface for m in parse("قصفت الطائرات مدينة أبو كمال", gaz)] == ["أبو كمال"]
    # a reporter's trade before her name
    assert [m.surface for m in parse("قُتلت الصحفية ماري كولفن والمصور ريمي أوشليك في حي بابا عمرو بمدينة حمص",
                                     gaz)] == ["حي بابا عمرو", "مدينة حمص"]
    # (a nationality adjective is no title: the place after it is what was struck)
    assert [m.surface for m in parse("قصفت الطائرات الأمريكية الرقة فجر اليوم", gaz)] == ["الرقة"]
    # a sheikh is no village "شيخ محمد" (OCHA writes those villages without ال); after "قرية" or "في" he is
    assert [m.surface for m in parse("قتل 42 شخصاً بينهم الشيخ محمد سعيد البوطي في تفجير بحي المزرعة", gaz)] == ["المزرعة"]
    assert [m.surface for m in parse("نعت فصائل الجنوب الشيخ محمد الحوراني", gaz)] == []
    assert [m.surface for m in parse("قصفت القوات التركية قرية الشيخ محمد في ريف عفرين", gaz)][0] == "الشيخ محمد"
    assert [m.surface for m in parse("سقطت قذائف صاروخية على الشيخ محمد صباح اليوم", gaz)] == ["الشيخ محمد"]
    assert [m.place_id for m in parse("سقطت قذائف على بلدة الشيخ محمد", gaz)] == ["ocha:C1453"]
    # (the village OCHA writes with ال too: "قتل الشيخ أحمد العلي" is a man)
    assert [m.surface for m in parse("قتل الشيخ أحمد العلي برصاص مسلحين مجهولين في مدينة الميادين", gaz)] == ["الميادين"]
    # (the passive and an execution speak of a man too)
    assert [m.surface for m in parse("اغتيل الشيخ مصطفى المسالمة أحد وجهاء مدينة الشيخ مسكين", gaz)] == ["الشيخ مسكين"]
    assert [m.surface for m in parse("أعدم التنظيم الشيخ محمد الخلف في مدينة الميادين", gaz)] == ["الميادين"]


def test_a_word_with_tanween_is_no_place(gaz):
    # an indefinite adjective or noun takes tanween, a place's name never does
    assert [m.surface for m in parse("فجّر التنظيم معبداً أثرياً في مدينة تدمر", gaz)] == ["تدمر"]
    assert [m.surface for m in parse("قصفت الطائرات قرية أثريا", gaz)] == ["أثريا"]


def test_an_armed_groups_name_is_no_place(gaz):
    assert [m.surface for m in parse('الذي شكّل لاحقاً مع فصائل أخرى "جيش خالد"، قد هاجم', gaz)] == []
    assert [m.surface for m in parse("تصدى عناصر من «حركة رجال الكرامة» للهجوم على بلدة تيما", gaz)] == ["تيما"]
    assert [m.surface for m in parse("وكان لواء شهداء اليرموك قد هاجم بلدة حيط", gaz)] == ["حيط"]
    # group nouns that begin with و or ف letters of their own
    assert [m.surface for m in parse("قتل عنصر من لواء فرسان حمص", gaz)] == []
    assert [m.surface for m in parse("أعلن فيلق حمص مقتل عنصرين", gaz)] == []
    # a faction ("فصيل"), a gathering of factions with a group's word ("تجمع أحرار حوران")
    assert [m.surface for m in parse("هاجم مقاتلو فصيل شهداء القريتين مواقع داعش قرب التنف", gaz)] == ["التنف"]
    assert [m.surface for m in parse("قال تجمع أحرار حوران إن قوات النظام قصفت بلدة طفس", gaz)] == ["طفس"]
    # a company by its patron's kunya ("سرية أبو عمارة")
    assert [m.surface for m in parse("قتل 3 عناصر بكمين نصبته سرية أبو عمارة قرب بلدة كفرنبودة", gaz)] == ["كفرنبودة"]
    # ... not a gathering with no group's word ("تجمع الرستن": the town's)
    assert [m.surface for m in parse("قصفت قوات النظام تجمع الرستن للمدنيين", gaz)] == ["الرستن"]


def test_a_nisba_after_a_definite_noun_is_its_adjective(gaz):
    # villages named الأسدية and الأثرية exist; here the words are adjectives
    assert [m.surface for m in parse("استهدفت تحصينات العصابات الأسدية على محور قرية الملاجة", gaz)] == ["الملاجة"]
    assert [m.surface for m in parse("سيطرتهما على بلدة الحصن وقلعتها الأثرية في ريف تلكلخ", gaz)] == ["الحصن", "تلكلخ"]
    # after an indefinite head it is a name, and so it is as the object after a definite subject
    assert [m.surface for m in parse("قصفت الطائرات بلدة الحميدية", gaz)] == ["الحميدية"]
    assert [m.surface for m in parse("استهدفت الفصائل المسلحة الأشرفية بقذائف الهاون", gaz)] == ["الأشرفية"]


def test_an_idiom_of_time_is_no_place(gaz):
    assert [m.surface for m in parse("ودارت في حينه معارك استمرت أسابيع قرب بلدة بيت جن", gaz)] == ["بيت جن"]
    # "بعد الظهر" is the afternoon, not the village الظهر of Jisr al-Shughur; the village is still one
    assert [m.surface for m in parse("سقطت قذيفة أخرى بعد الظهر قرب مدينة جرمانا", gaz)] == ["جرمانا"]
    assert [m.surface for m in parse("قصفت قوات النظام قرية الظهر في ريف جسر الشغور", gaz)] == ["الظهر", "جسر الشغور"]


def test_function_words_are_no_places(gaz):
    # villages named عليانة and تحت exist; "على أنه" and "تحت شعار" are grammar
    assert [m.surface for m in parse("قرأوا التفاهم الروسي الأميركي على أنه فرصة أخيرة في ريف حلب", gaz)] == ["حلب"]
    assert [m.surface for m in parse("خرجت تظاهرات في عدة أحياء تحت شعار جمعة الغضب في مدينة دير الزور", gaz)] == ["دير الزور"]
    assert [m.surface for m in parse("لن تفتح حدودها أمام موجة لجوء جديدة من قرى ريف درعا", gaz)] == ["درعا"]


def test_a_brand_name_in_brackets_is_no_place(gaz):
    assert [m.surface for m in parse("انفجرت عبوة ناسفة قرب فندق (داما روز) وسط العاصمة", gaz)] == []
    assert [m.surface for m in parse("قصف على بلدة داما في ريف السويداء", gaz)][:1] == ["داما"]


def test_a_quarter_list_is_placed_in_its_city_not_in_a_member_of_the_list(gaz):
    # "المزرعة" is a Damascus quarter here (a town of that name lies in Sweida); the list's
    # members are no city for each other, and "باب شرقي", which no dataset has, is found after them
    ms = {m.surface: m for m in parse("سقطت قذائف على العاصمة دمشق، وطالت أحياء ركن الدين والمزرعة وباب شرقي.", gaz)}
    dam = ms["دمشق"]
    assert ms["ركن الدين"].place_id == "cur:rukn-al-din"
    for q in ("المزرعة", "باب شرقي"):
        assert (ms[q].relation, ms[q].place_id) == ("in_city", dam.place_id), ms[q]
    # Aleppo's quarters in a list led by a name the gazetteer has
    al = {m.surface: m for m in parse("قصفت المروحيات أحياء الكلاسة والسكري وبستان القصر في مدينة حلب.", gaz)}
    assert all(al[q].relation == "in_city" and al[q].place_id == al["حلب"].place_id for q in ("الكلاسة", "السكري", "بستان القصر"))
    # a verb or an area word joined to the list is no quarter
    for text in ("فرضت القوات حصاراً على أحياء درعا البلد وقصفتها بالصواريخ.",
                 "انسحب المسلحون نحو بلدتي فليطة ورأس المعرة وجرود عرسال."):
        assert not [m for m in parse(text, gaz) if m.place_id is None], text


def test_a_quarter_is_not_placed_in_a_town_of_another_clause(gaz):
    # "حي الشاغور" is Damascus's, not Jaramana's, named after a comma in another clause
    ms = {m.surface: m for m in parse(
        "استشهدت امرأة في دمشق إثر سقوط قذيفة على منزلها في حي الشاغور، فيما أصيب ستة مدنيين جراء سقوط قذائف على مدينة جرمانا.", gaz)}
    assert ms["الشاغور"].place_id == ms["دمشق"].place_id


def test_a_common_noun_near_which_something_fell_is_no_village(gaz):
    # "قرب مدرسة ابتدائية", "قرب مسجد": a school and a mosque, not the villages مدرسة and مسجد
    for text in ("سقطت أربع قذائف على مدينة جرمانا، إحداها قرب مدرسة ابتدائية.",
                 "قتل خمسة مدنيين في غارة قرب مسجد في حي الرميلة بالرقة."):
        assert not [m for m in resolved(text, gaz) if m.kind == "village"], text
    # with its kind word it is the village
    assert "مدرسة" in [m.surface for m in resolved("اشتباكات قرب قرية مدرسة في ريف حلب.", gaz)]


def test_press_spellings_of_menagh_and_hamouria(gaz):
    assert [m.place_id for m in resolved("كانت المروحيات تقلع من منغ.", gaz)] == ["ocha:C1569"]
    # the Kurdish press name of أبو راسين
    assert [m.place_id for m in resolved("قصفت المدفعية التركية بلدة زركان.", gaz)] == ["ocha:C5005"]
    assert "ocha:C2316" in [m.place_id for m in resolved("نفذ سلاح الجو غارات على كفربطنا وحمورية.", gaz)]


def test_quarters_are_placed_in_the_city_the_article_is_about(gaz):
    # an article on Deir ez-Zor's airport and villages that names Damascus three times in passing:
    # "حي الكنامات", which the gazetteer lacks, is Deir ez-Zor's quarter, not Damascus's
    text = ("قصفت طائرات التحالف مواقع قرب مطار دير الزور العسكري في مدينة دير الزور، وطالت قرية البغيلية وقرية عياش في ريف دير الزور. "
            "ولم تقنع الرواية الأمريكية أحداً في دمشق. وقالت الخارجية في دمشق إن الغارات عدوان، وردّت دمشق ببيان. "
            + "وتابعت الوزارة بيانها بالتنديد والتحذير من تكرار الاعتداءات على الأراضي السورية. " * 8
            + "ويقول أحد سكان حي الكنامات إن الانفجارات لم تتوقف.")
    ms = {m.surface: m for m in parse(text, gaz)}
    assert ms["الكنامات"].relation == "in_city" and ms["الكنامات"].admin1 == "Deir-ez-Zor", ms["الكنامات"]
    # (and its quarter الجورة, a curated row, is the Deir ez-Zor one)
    ms = {m.surface: m for m in parse(text.replace("الكنامات", "الجورة"), gaz)}
    assert ms["حي الجورة"].place_id == "cur:joura-deir-ez-zor"


def test_a_town_south_of_the_capital_is_located_by_it(gaz):
    ms = {m.surface: m for m in parse("غارات على مواقع في محيط بلدة الكسوة جنوب العاصمة السورية دمشق.", gaz)}
    assert ms["دمشق"].relation == "direction_of"


def test_near_the_church_is_no_village(gaz):
    assert [m.surface for m in resolved("سقطت قذيفة قرب الكنيسة في السقيلبية.", gaz)] == ["السقيلبية"]
    # a village's name that is no common word keeps its "قرب"
    assert [m.surface for m in resolved("اشتباكات قرب الطيبة في ريف درعا.", gaz)][:1] == ["الطيبة"]


def test_quarters_named_later_are_in_the_city_whose_quarters_the_article_names(gaz):
    # "دمشق - «الراي»": filed from Damascus; the quarters named beside Aleppo make it the city of
    # the quarters named later on their own
    text = ("حلب على وقع الاشتباكات: قتلى بقصف على أحياء المدينة\n\nدمشق - «الراي»\n\n"
            "عاشت مدينة حلب، أمس، يوماً دامياً، إذ قصفت قسد حيي الشيخ مقصود والأشرفية في المدينة. وقالت مصادر إن مسيّرة سقطت "
            "قرب مبنى سكني في حي الجميلية وسط المدينة. وأشرفية صحنايا وصحنايا في ريف دمشق بقيت هادئة، "
            "وقال مسؤول في دمشق إن الوضع مستقر.")
    ms = {m.surface: m for m in parse(text, gaz)}
    assert ms["الجميلية"].relation == "in_city" and ms["الجميلية"].admin1 == "Aleppo", ms["الجميلية"]


def test_a_persons_hometown_holds_no_quarter(gaz):
    # "قيادي ميداني من كوباني يقاتل في المدينة": the quarters are Raqqa's, not Kobani's
    text = ("تواصلت المعارك داخل مدينة الرقة لليوم الستين. وأفاد قيادي ميداني من كوباني يقاتل في المدينة بأن "
            "قوات سوريا الديمقراطية تقدمت أمس في حي اليرموك جنوب غربي المدينة.")
    ms = {m.surface: m for m in parse(text, gaz)}
    assert ms["اليرموك"].relation == "in_city" and ms["اليرموك"].place_id == ms["الرقة"].place_id, ms["اليرموك"]


def test_a_listed_village_whose_only_namesake_lies_far_away_is_placed_with_its_list(gaz):
    # the gazetteer's only أم شرشوح is in Homs; with الداودية, in an article on Ras al-Ain, it is a
    # village the gazetteer lacks, near الداودية (with an honest radius), not 350 km away
    text = ("قصفت مدفعية الاحتلال التركي منذ صباح اليوم قريتي أم شرشوح والداودية في ريف سري كانيه، فيما "
            "استهدفت مسيّرة سيارة قرب بلدة تل تمر وقرية أم الكيف.")
    ms = {m.surface: m for m in parse(text, gaz)}
    tw, dw = ms["أم شرشوح"], ms["الداودية"]
    assert tw.relation == "near" and tw.geo_precision == 2 and tw.uncertainty_km >= 15
    assert haversine_km(tw.lat, tw.lon, dw.lat, dw.lon) < 1
    # (تل الورد there is OCHA's تل الورد غربي, a few km from الداودية)
    ms = {m.surface: m for m in parse(text.replace("أم شرشوح", "تل الورد"), gaz)}
    assert ms["تل الورد"].place_id == "ocha:C5011" and ms["تل الورد"].relation is None
    # two towns of one region named together stay where they are
    ms = {m.surface: m for m in parse("سيطرت القوات التركية على مدينتي تل أبيض ورأس العين.", gaz)}
    assert ms["تل أبيض"].geo_precision == 1 and ms["رأس العين"].geo_precision == 1


def test_a_definite_noun_used_again_and_again_never_as_a_place_is_that_noun(gaz):
    # "الحراك" (the protest movement; also a town in Daraa), four times, never after في/قرب/a kind word
    text = ("رصاص على الحراك في السويداء. ويقف الشيخ حكمت الهجري في قلب الحراك، مؤكداً أن الحراك سلمي. "
            "لكن الحراك لا يخلو من الانقسامات.")
    assert "الحراك" not in [m.surface for m in resolved(text, gaz)]
    # once placed ("في الحراك" … "بلدة الحراك"), the town is the town each time
    text = ("قصفت قوات النظام بلدة الحراك بريف درعا. وقال ناشطون إن الحراك تعرضت لعشرات القذائف، "
            "وإن الحراك شهدت نزوحاً واسعاً.")
    assert [m.surface for m in resolved(text, gaz)].count("الحراك") == 3


def test_a_village_named_like_a_foreign_city_in_the_countryside_just_named(gaz):
    # "بلدة صيدا في الريف الشرقي" is Daraa's Sayda, not Lebanon's Sidon
    ms = {m.surface: m for m in resolved("شن الطيران أربع غارات على بلدة النعيمة شرقي درعا، وغارتين على بلدة صيدا "
                                          "في الريف الشرقي.", gaz)}
    assert ms["صيدا"].admin1 == "Dar'a"
    assert "صيدا" not in [m.surface for m in resolved("وصل الوفد إلى صيدا في جنوب لبنان.", gaz)]


def test_far_apart_towns_of_a_roundup_stay_where_they_are(gaz):
    # towns of several governorates listed together, a pair of towns: none is moved onto another
    for text in ("قتل مدنيان في غارات روسية استهدفت بلدتي سراقب والحراك.",
                 "قصف الطيران الروسي بلدات خان شيخون وكفرنبل وداعل."):
        assert all(m.geo_precision == 1 and m.relation is None for m in resolved(text, gaz)), text


def test_a_city_named_in_battle_words_is_a_place_each_time(gaz):
    text = "تواصل معركة الباب لليوم العاشر. وقالت مصادر إن حصار الباب يشتد، وإن السيطرة على الباب باتت قريبة."
    assert [m.surface for m in resolved(text, gaz)].count("الباب") == 3


def test_a_quarter_named_with_a_direction_word_is_no_direction_of_the_city(gaz):
    # "وباب شرقي في دمشق": the quarter Bab Sharqi in Damascus, not "east of Damascus"
    ms = {m.surface: m for m in parse("سقطت قذائف على أحياء ركن الدين والمزرعة وباب شرقي في دمشق.", gaz)}
    assert ms["دمشق"].relation is None and ms["دمشق"].kind == "city"
    assert (ms["باب شرقي"].relation, ms["باب شرقي"].place_id) == ("in_city", ms["دمشق"].place_id)


@pytest.mark.parametrize("text, base", [
    ("هاجمت قوات الفرقة 25 بالاشتراك مع الفرقة 17 مواقع التنظيم.", None),
    ("قتل عنصران من اللواء 82 في اشتباكات مع مسلحين.", None),
    ("سيطرت الفصائل على الفوج 46 غرب حلب.", "الفوج 46"),
    ("اندلعت معارك عنيفة في محيط الفرقة 17 شمال الرقة.", "الفرقة 17"),
    ("الأحياء التي يسيطر عليها الجيش، مع المطار العسكري وأجزاء من اللواء 137، تعيش على الإنزالات.", "اللواء 137"),
])
def test_a_units_number_is_its_base_only_after_a_word_of_place(text, base, gaz):
    units = [m.surface for m in resolved(text, gaz) if m.surface.split()[0] in ("الفرقة", "الفوج", "اللواء")]
    assert units == ([base] if base else [])


def test_a_quarter_in_a_part_of_a_city_is_placed_in_the_city(gaz):
    # "في شرق مدينة حلب" is a part of the city, not a point east of it
    ms = {m.surface: m for m in resolved("قصفت طائرات حربية حي الشعار في شرق مدينة حلب، وطال القصف حيي الفردوس "
                                        "والمرجة في جنوب شرق المدينة.", gaz)}
    for q in ("الشعار", "الفردوس", "المرجة"):
        assert ms[q].admin1 == "Aleppo" and ms[q].relation == "in_city", q
        assert abs(ms[q].lat - 36.20) < 0.05 and abs(ms[q].lon - 37.14) < 0.05, q


def test_a_town_written_without_its_article_and_a_village_called_by_its_name(gaz):
    # Egyptian and agency copy write "مدينة سلمية" for السلمية (Hama); "قرية سلمية" near Jablah is the village
    assert [m.place_id for m in resolved("انفجار سيارة مفخخة وسط مدينة سلمية، التابعة لمحافظة حماة", gaz)][:1] == ["ocha:C3244"]
    assert [m.place_id for m in resolved("قرية سلمية في ريف جبلة", gaz)][:1] == ["ocha:C3650"]


def test_a_verbal_noun_that_names_a_village_needs_evidence(gaz, repo):
    # "من إسقاط طائرتین مسیرتین" in a Tasnim report full of Idlib and Hama villages: no village
    text = (repo / "tests/data/articles/dev12/tasnim_2019_kafrnabuda_liberated.txt").read_text(encoding="utf-8")
    assert "ocha:C4145" not in {m.place_id for m in parse(text, gaz)}
    assert [m.place_id for m in resolved("قصفت قوات النظام قرية إسقاط في ريف إدلب.", gaz)][:1] == ["ocha:C4145"]


@pytest.mark.parametrize("text, base", [
    ("اقتحام الفوج 46 غرب حلب", "الفوج 46"),
    ("اقتحم مقاتلو تنظيم داعش الفرقة 17 شمال الرقة.", "الفرقة 17"),
    ("استهدفت غارات التحالف الفوج 46 غرب حلب.", "الفوج 46"),
])
def test_a_units_base_after_a_verb_or_at_the_start(text, base, gaz):
    assert base in [m.surface for m in resolved(text, gaz)]


def test_a_village_named_like_a_foreign_town_needs_no_qualifier_when_no_neighbour_is_named(gaz):
    assert [m.place_id for m in resolved("استهدفت طائرة مسيرة سيارة عسكرية على أطراف بلدة الصور.", gaz)] == ["ocha:C5157"]
    # "صيدا" in a report on Lebanon is Sidon
    assert resolved("غارة إسرائيلية على مدينة صيدا في جنوب لبنان.", gaz) == []


def test_a_governorate_joined_by_wa_is_another_place_not_a_locator(gaz):
    # "بين السخنة ودير الزور": the Sukhnah we know is in Homs; Deir ez-Zor is the road's other
    # end, not where Sukhnah lies ("حي الزهراء بحمص" would be)
    got = {m.surface: m.place_id for m in resolved("هجوم لداعش على الطريق بين السخنة ودير الزور", gaz)}
    assert got["السخنة"] == "ocha:C2893"
    assert {m.surface: m.place_id for m in resolved("كمين لداعش قرب تدمر ودير الزور", gaz)}["تدمر"] == "ocha:C2889"


def test_an_idiom_with_a_clitic_on_the_name_is_no_place(gaz):
    # Tishreen's headline "… وحماة الديار يُفشلون هجوماً": the army, not Hama
    assert resolved("9 شهداء بتفجير إرهابي في حضر.. وحماة الديار يُفشلون هجوماً لـ«النصرة» على محور التلول الحمر", gaz) \
        and "حماة" not in [m.surface for m in resolved("وحماة الديار يُفشلون هجوماً لـ«النصرة»", gaz)]


def test_a_town_named_like_its_district_locates_its_neighbours(gaz):
    # "بانياس" is a town and a district: still a known place to tell which البيضاء is meant
    assert [m.place_id for m in resolved("مقتل 50 شخصا في قرية البيضاء القريبة من بانياس", gaz)] == [
        "ocha:C5343", "ocha:C5360"]
    # … and "عفرين" beside أعزاز and الباب is the district's town, not the village near al-Bab
    assert [m.place_id for m in resolved("ارتفع سعر برميل المازوت في أسواق أعزاز وعفرين والباب", gaz)] == [
        "ocha:C1564", "ocha:C1366", "ocha:C1202"]


def test_kurdish_names_of_afrin_towns(gaz):
    got = [m.place_id for m in resolved("قصف جيش الاحتلال التركي ومرتزقته قرى ناحية شيه وبلدتي شرا وموباتا.", gaz)]
    assert got == ["ocha:C1525", "ocha:C1497", "ocha:C1552"]
    # "شرا" is also a word ("evil"): alone it needs evidence
    assert resolved("لم يضمروا لهم شرا في القرية", gaz) == []


def test_the_southern_countryside_of_a_city_is_its_countryside(gaz):
    ms = parse("هجوم على محور تل العيس في الريف الجنوبي لمدينة حلب.", gaz)
    aleppo = next(m for m in ms if m.surface == "حلب")
    assert aleppo.relation == "countryside_of" and aleppo.lat < 36.15 and aleppo.uncertainty_km >= 15
    hama = next(m for m in parse("قصفت الطائرات قرى في الريف الشرقي لحماة.", gaz) if m.surface == "حماة")
    assert hama.relation == "countryside_of" and hama.lon > 36.9


def test_a_name_in_quotes_keeps_its_head_and_direction(gaz):
    ms = parse('باتجاه بلدة "مليحة العطش" غرب "بصر الحرير"، وقتلت خمسة', gaz)
    assert [(m.surface, m.qualifier, m.relation) for m in ms] == [
        ("مليحة العطش", "بلدة", None), ("بصر الحرير", "غرب", "direction_of")]


def test_a_direction_or_adjective_after_a_village_word_is_no_village(gaz):
    # "قرى غرب حلب": west of Aleppo, not the Hasakah village "الغرب" written without its article
    assert [(m.surface, m.place_id) for m in parse("قصف مدفعي على قرى غرب حلب", gaz)] == [("حلب", "ocha:SY02")]
    # "بلدة صغيرة قرب حمص": a small town, not the far-away village "صغيرة" moved next to Homs
    assert [m.surface for m in parse("سقطت قذيفة على بلدة صغيرة قرب حمص", gaz)] == ["حمص"]
    # a rare word after the village word is still the village without its article
    assert [m.place_id for m in parse("قرية جلبية", gaz)] == ["ocha:C2068"]


def test_the_press_name_of_a_town_that_ocha_writes_with_a_family_name(gaz):
    # OCHA's "تل السمن دحام" is the town the press calls تل السمن (the Hasakah village shares the name)
    ms = resolved("استهدفت مسيّرة تركية سيارة عند مدخل بلدة تل السمن في ريف الرقة الشمالي", gaz)
    assert ms[0].surface == "تل السمن" and ms[0].admin1 == "Ar-Raqqa"


def test_a_place_the_text_says_it_is_not_gives_no_context(gaz):
    ms = parse("أطلق مسلحان النار على عضو سابق أمام منزله في بلدة صيدا بريف درعا الشرقي "
               "(وليس صيدا الجولان في ريف القنيطرة)، ما أدى إلى مقتله.", gaz)
    assert ms[0].surface == "صيدا" and ms[0].admin1 == "Dar'a"


def test_a_definite_village_name_near_a_far_locator_is_kept(gaz):
    # "قرية الشهداء قرب البوكمال": a name with its article is a village, not the common word
    assert "الشهداء" in [m.surface for m in parse("قصفت الطائرات قرية الشهداء قرب مدينة البوكمال.", gaz)]


def test_an_area_named_after_a_place_told_before_is_that_place(gaz):
    # one sense per article: "منطقة الحميدية" after "بلدة الحميدية … جنوب مدينة طرطوس" is Tartus's,
    # not the homonym near Jableh
    ms = parse("أصيب مدنيان جراء غارة استهدفت بلدة الحميدية الساحلية، على بعد نحو 20 كيلومتراً جنوب مدينة "
               "طرطوس. وقال مصدر عسكري إن الصواريخ استهدفت إحدى المداجن في منطقة الحميدية.", gaz)
    hs = [m for m in ms if m.name_ar == "الحميدية"]
    assert len(hs) == 2 and hs[0].place_id == hs[1].place_id and hs[0].lat < 35.0


def test_a_quarter_told_south_of_a_city_makes_the_city_host_the_articles_quarters(gaz):
    ms = parse("شن مسلحو تنظيم داعش هجوماً على سجن الصناعة في حي غويران جنوب مدينة الحسكة. واستهدفت طائرات "
               "التحالف مواقع للتنظيم في حي الزهور المجاور للسجن.", gaz)
    z = [m for m in ms if "الزهور" in m.name_ar]
    assert z and z[0].relation == "in_city" and z[0].place_id == "ocha:C4360"
    # "حي الشعار المحاصر شرقي حلب": the east of the city, though "شرقي حلب" alone is east of the governorate
    ms = parse("سقط 7 قتلى في قصف بالبراميل على حي الشعار المحاصر شرقي حلب.", gaz)
    q = [m for m in ms if m.surface == "الشعار"]
    assert q and q[0].relation == "in_city" and q[0].kind == "neighbourhood" and abs(q[0].lon - 37.16) < 0.1


def test_his_killing_is_no_village(gaz):
    # "ما أدى إلى مقتله": "his killing", not the Manbij village مقتلة — unless a trigger names it
    assert [m.name_ar for m in resolved("انفجرت عبوة ناسفة في سيارة قيادي على أطراف مدينة جرابلس، ما أدى إلى "
                                        "مقتله على الفور.", gaz)] == ["جرابلس"]
    assert "مقتلة" in [m.name_ar for m in resolved("قصفت الطائرات التركية قرية مقتلة قرب منبج اليوم.", gaz)]


@pytest.mark.parametrize("text", [
    "داهمت دورية للأمن مزرعة دواجن في محيط بلدة الصنمين واعتقلت مطلوبين.",
    "وقالت المصادر إن أبو بكر البغدادي قُتل في غارة أمريكية قرب بلدة باريشا.",
    "وقطعت القوات الطريق بين دوما وحرستا وشطرت الغوطة إلى قسمين.",
    "وأعلنت المحافظة المنطقة منكوبة بعد الغارات على بلدة كفرنبل.",
    # a time of day, not the Hasakah village صباحية
    "ونفذت الطائرات الحربية غارات صباحية عدة على أطراف بلدة كنصفرة.",
    # "مزارع" (a farmer, or farms) does not govern the name joined to it by و: "his son", not the
    # Idlib village ابنه; the SDF commander is no Deir ez-Zor village
    "انفجر لغم أرضي بجرار على أطراف مدينة الحفة، ما أدى إلى إصابة مزارع وابنه بجروح.",
    "وقال القائد العام لقسد مظلوم عبدي إن القصف التركي على عين العرب يهدد جهود محاربة داعش.",
    # "أصيب مزارع بجروح": wounds, not the Salamiyah village جروح (nor do "مزارع" govern a word after ب)
    "وأصيب مزارع بجروح إثر قصف مدفعي استهدف أطراف قرية معرية في حوض اليرموك.",
    # "معربة عن استعدادها" (expressing), not the Daraa village معربة
    "وفي دمشق، جددت الحكومة السورية رفضها «العدوان التركي السافر»، معربة عن استعدادها للحوار.",
    # "في عدوان هو الأوسع" (aggression), not the Daraa village عدوان; "(كوباني بالكردية)": in Kurdish,
    # not the Banyas village كردية
    "شنت الطائرات الإسرائيلية غارات على محيط دمشق، في عدوان هو الأوسع منذ أشهر.",
    "تقدم التنظيم داخل مدينة عين العرب (كوباني بالكردية) في شمال سوريا.",
])
def test_common_words_and_kunyas_are_no_villages(text, gaz):
    names = [m.name_ar for m in resolved(text, gaz)]
    assert not {"مزرعة", "أبو بكر", "قسمين", "المنكوبة", "صباحية", "ابنه", "مظلوم", "جروح", "معربة", "عدوان",
                "كردية"} & set(names), names


def test_a_verb_with_a_dual_object_is_no_list_member(gaz):
    # "دمر" (destroyed) after "السويداء،و" is no Dummar
    ms = resolved("استهدف الطيران المسير رتلا على طريق المزرعة - السويداء،ودمر دبابتين", gaz)
    assert [m.surface for m in ms] == ["المزرعة", "السويداء"]


@pytest.mark.parametrize("text,place_id", [
    # the press's "الزعفرانة" of northern Homs is OCHA's الزعفرانية; Tartus has its own الزعفرانة
    ("غارات روسية على بلدات تلبيسة والرستن والزعفرانة في ريف حمص الشمالي", "ocha:C2888"),
    ("قصف على قرية الزعفرانة في ريف طرطوس", "ocha:C5521"),
])
def test_zafaraneh_of_homs_and_of_tartus(text, place_id, gaz):
    assert [m.place_id for m in resolved(text, gaz) if m.surface == "الزعفرانة"] == [place_id]


def test_a_womans_name_is_no_clitic_and_a_town(gaz):
    # "فاطمة" is no ف + أطمة, and the family name after a first name is no village
    ms = resolved("ما أسفر عن استشهاد المواطن أحمد الخلف وزوجته فاطمة العبد قرب قرية الأهراس", gaz)
    assert [m.surface for m in ms] == ["الأهراس"]
    # ... after more given names, the definite family name too; an age is no village; an Iraqi faction
    ms = resolved("قُتل تاجر المخدرات مرعي الرمثان مع زوجته بغارة على منزله في بلدة الشعاب.", gaz)
    assert [m.surface for m in ms] == ["الشعاب"]
    ms = resolved("قُتل ثلاثة عناصر من مجموعة عماد أبو زريق بانفجار عبوة ناسفة في بلدة نصيب.", gaz)
    assert [m.surface for m in ms] == ["نصيب"]
    ms = resolved("قُتلت سيدة في الأربعين من عمرها بقصف مدفعي على بلدة كفرنبل.", gaz)
    assert [m.surface for m in ms] == ["كفرنبل"]
    ms = resolved("دمرت الضربات منشآت تستخدمها كتائب سيد الشهداء قرب البوكمال.", gaz)
    assert [m.surface for m in ms] == ["البوكمال"]
    # a unit men belong to is no base ("حافلة تقل عناصر من الفرقة السابعة عشرة")
    ms = resolved("نصب عناصر من تنظيم الدولة كميناً لحافلة تقل عناصر من الفرقة السابعة عشرة قرب منطقة الشولا.", gaz)
    assert [m.surface for m in ms] == ["الشولا"]
    # (not a village in a list after a given name's village: "جاسم ونوى" keep both)
    assert [m.surface for m in resolved("قصفت قوات النظام مدينتي جاسم ونوى.", gaz)] == ["جاسم", "نوى"]


def test_a_kurdish_canton_is_a_governorate(gaz):
    ms = resolved("قصف على قرية الدردارة التابعة لناحية تل تمر في مقاطعة الحسكة", gaz)
    assert [(m.surface, m.kind) for m in ms][-1] == ("الحسكة", "governorate")


def test_a_groups_name_after_forces_and_its_word_is_no_place(gaz):
    assert [m.surface for m in resolved("أعلنت قوات تحرير عفرين أنها استهدفت نقطة في قرية حربل", gaz)] == ["حربل"]
    assert [m.surface for m in resolved("انتشرت قوات حلب في المدينة", gaz)] == ["حلب"]


@pytest.mark.parametrize("text,ids", [
    # a village named like a Lebanese city is Syrian unless Lebanon is named near it
    ("قتل ستة مدنيين في بلدة صيدا جراء غارات روسية. وتحاول القوات التقدم نحو الحدود مع الأردن", ["ocha:C5995"]),
    ("قصفت الطائرات الإسرائيلية بلدة صيدا في جنوب لبنان", []),
])
def test_a_village_named_like_a_foreign_city(text, ids, gaz):
    assert [m.place_id for m in resolved(text, gaz) if m.surface == "صيدا"] == ids


def test_a_quarter_in_a_list_wins_over_the_village_in_its_name(gaz):
    ms = parse("ألقت المروحيات براميل متفجرة على حيي الصاخور ومساكن هنانو في مدينة حلب", gaz)
    assert "مساكن هنانو" in [m.surface for m in ms] and "ocha:C5922" not in [m.place_id for m in ms]   # not Raqqa's هنانو


def test_a_frequent_word_is_no_clitic_and_a_village(gaz):
    # "أثناء لعبه" (while he played) is no ل + the village عبه; "ودمشق" is و + Damascus
    assert [m.surface for m in resolved("قُتل طفل صباح اليوم أثناء لعبه قرب منزل عائلته في سرمين", gaz)] == ["سرمين"]
    assert [m.place_id for m in resolved("قصفت الطائرات حلب ودمشق", gaz)] == ["ocha:C1007", "ocha:C1001"]


def test_a_qualifier_on_the_next_line_qualifies_nothing_before_it(gaz):
    # "قوات الأسد." then a bullet heading "ريف دمشق": not the village الأسد "بريف دمشق"
    text = "ومقتل 4 عناصر من قوات الأسد.\n\n🔴 ريف دمشق\n▪️ قصف مدفعي على بلدة عين ترما."
    assert "الأسد" not in [m.surface for m in resolved(text, gaz)]


def test_a_quarter_named_ard_x_is_one_name(gaz):
    # "حي أرض الحمرا": a quarter's name of two words (أرض, like باب, heads one), not the quarter "أرض"
    # (the quarter the gazetteer lacks is placed in its city)
    ms = geoparse(Article("t", "سقط صاروخ على حي أرض الحمرا في مدينة حلب."), gaz)
    assert [m.surface for m in ms] == ["أرض الحمرا", "حلب"]


def test_the_kurdish_name_til_kocher_is_al_yarubiyah(gaz):
    # "قرب بلدة تل كوجر (اليعربية)": the press writes the Kurdish name with OCHA's
    ms = [m for m in geoparse(Article("t", "استهدفت مسيرة نقطة قرب بلدة تل كوجر على الحدود مع العراق."), gaz)]
    assert [(m.surface, m.place_id) for m in ms] == [("تل كوجر", "ocha:C4969")]


def test_the_press_zaydiyah_is_ochas_zaydiyah_of_ras_al_ain(gaz):
    # OCHA appends the district to the two Hasakah villages named الزيدية; the press does not
    ms = geoparse(Article("t", "تقدمت القوات التركية في قريتي تل حلف غرب رأس العين والزيدية شرقها."), gaz)
    assert ("الزيدية", "ocha:C4993") in [(m.surface, m.place_id) for m in ms]


def test_a_verb_written_with_its_shadda_is_no_city(gaz):
    # "تدمّر" (destroys) is no Palmyra; the city keeps its name unvocalized or with its own vowels
    assert resolved("إسرائيل تدمّر «معظم» قدرات الجيش السوري بمئات الغارات", gaz) == []
    assert [m.name_ar for m in resolved("قصفت الطائرات الروسية مدينة تدمر أمس.", gaz)] == ["تدمر"]


def test_where_people_fled_to_is_no_host_city_of_a_quarter(gaz):
    # "نزحت عشرات العائلات من بابا عمرو نحو القصير": Baba Amr stays Homs's quarter
    ms = resolved("قصفت قوات النظام حي بابا عمرو في مدينة حمص. ونزحت عشرات العائلات من بابا عمرو نحو القصير.", gaz)
    assert {m.place_id for m in ms if "عمرو" in m.surface} == {"cur:baba-amr"}
    # a given name is no place ("الأمريكية ماري كولفن")
    assert resolved("قُتلت الصحافية الأمريكية ماري كولفن في قصف على حي بابا عمرو.", gaz)[0].surface == "حي بابا عمرو"


def test_handarat_camp_north_of_aleppo(gaz):
    ms = resolved("تمكنت قوات النظام أمس السبت من السيطرة على مخيم حندرات شمال مدينة حلب.", gaz)
    assert ms[0].place_id == "cur:handarat-camp"


def test_press_spellings_of_ocha_villages_and_farms_around_a_town(gaz):
    ms = resolved("سيطرت القوات على بلدة بيت سوى والمزارع المحيطة بها، وعلى بصر الحرير وقرية قره قوزاق.", gaz)
    # (OCHA بيت سوا, بصرالحرير and جولان_قرة قوزاق; "the farms around it" are no village المزارع)
    assert [m.place_id for m in ms] == ["ocha:C2318", "ocha:C6105", "ocha:C2070"]


def test_a_kurdish_village_is_no_village_named_kurdiyeh(gaz):
    assert [m.surface for m in parse("سيطر التنظيم على أكثر من 300 قرية كردية في ريف عين العرب.", gaz)] == ["عين العرب"]


def test_a_village_far_from_every_place_of_its_article_is_placed_in_the_articles_region(gaz):
    # the gazetteer's only صيدا villages are in Daraa and Quneitra, 400 km from Ain Issa: in an
    # article on Ain Issa's front it is a village the gazetteer lacks, near the place told with it
    text = ("تجدد القصف المدفعي التركي، صباح اليوم، على محيط ناحية عين عيسى شمالي الرقة. وقالت مصادر محلية إن "
            "القذائف سقطت على قرية صيدا وطريق M4، ما أدى إلى إصابة امرأة نُقلت إلى مشفى بلدة تل أبيض، "
            "فيما استهدفت مسيّرة تركية سيارة في قرية الفاطسة.")
    ms = {m.surface: m for m in parse(text, gaz)}
    sd, ti = ms["صيدا"], ms["تل أبيض"]
    assert sd.relation == "near" and sd.geo_precision == 2 and sd.uncertainty_km >= 15
    assert haversine_km(sd.lat, sd.lon, ms["عين عيسى"].lat, ms["عين عيسى"].lon) < 60
    # a village in a region the article also names stays where it is, however far the rest lies
    text2 = ("قُتل طفلان بانفجار لغم من مخلفات الحرب في بلدة التمانعة بريف إدلب الجنوبي، قرب خان شيخون. وفي "
             "ريف دير الزور الشرقي، قُتل عنصران من الأمن العام بهجوم على حاجز عند مدخل بلدة الشحيل.")
    ms2 = {m.surface: m for m in parse(text2, gaz)}
    assert ms2["الشحيل"].place_id == "ocha:C5119" and ms2["الشحيل"].relation is None
    # a roundup whose places lie all over the country keeps each namesake
    text3 = ("وثقت الشبكة مقتل مدنيين في قرية صيدا، وفي مدينة أريحا، وفي مدينة القامشلي، وفي مدينة البوكمال.")
    ms3 = {m.surface: m for m in parse(text3, gaz)}
    assert ms3["صيدا"].relation is None and ms3["صيدا"].admin1 in ("Dar'a", "Quneitra")


def test_a_far_village_of_a_roundups_other_item_or_of_someones_origin_stays_where_it_is(gaz):
    # an item of its own from elsewhere, a hometown, a displaced family's village: real places
    # far from the article's region, not places the gazetteer lacks
    head = "قصفت قوات النظام بلدات طفس والمزيريب واليادودة وتل شهاب بريف درعا الغربي. "
    for tail, name, admin1 in [
        ("وفي سياق آخر، قُتل مدني برصاص مجهولين في قرية الشحيل.", "الشحيل", "Deir-ez-Zor"),
        ("واعتقلت دورية شاباً ينحدر من بلدة الشحيل في مدينة طفس.", "الشحيل", "Deir-ez-Zor"),
        ("وقال ناشطون إن المزيريب تؤوي عائلات نازحة من قرية الباغوز.", "الباغوز", "Deir-ez-Zor"),
        ("وقتل في القصف رجل من قرية البيضا كان يعمل في المزيريب.", "البيضا", None),
    ]:
        ms = {m.surface: m for m in parse(head + tail, gaz)}
        m = ms[name]
        assert m.relation is None and (admin1 is None or m.admin1 == admin1), (tail, m)


def test_a_plural_quarter_head_inside_a_gazetteer_name_governs_the_list(gaz):
    # "أحياء صلاح الدين" is a name the gazetteer has; "المشهد" joined to it is Aleppo's quarter,
    # not the Idlib village of that name
    ms = {m.surface: m for m in parse("قصف على أحياء صلاح الدين والمشهد في مدينة حلب.", gaz)}
    assert ms["المشهد"].kind == "neighbourhood" and ms["المشهد"].admin1 == "Aleppo"
    # a singular "حي" governs no list
    ms = {m.surface: m for m in parse("قصف على حي صلاح الدين والمشهد في مدينة حلب.", gaz)}
    assert ms["المشهد"].kind != "neighbourhood"


def test_a_village_spelt_with_the_article_where_the_gazetteer_has_none(gaz):
    # OCHA's "هيشة" (Tell Abiad district) is the press's "الهيشة" beside Ain Issa, not Tartous's
    # "الهيشة" 450 km away; the qualifier or the article's other places say which
    ms = {m.surface: m for m in parse("قصفت القوات التركية قرية الهيشة قرب عين عيسى في ريف الرقة الشمالي.", gaz)}
    assert ms["الهيشة"].place_id is not None and ms["الهيشة"].admin1 == "Ar-Raqqa"
    text = ("تواصلت الاشتباكات في محيط بلدة عين عيسى بريف الرقة الشمالي وعلى طريق تل أبيض. "
            "كما سقطت قذائف تركية على قرية الهيشة الواقعة جنوب شرقي البلدة، من دون تسجيل إصابات.")
    ms = {m.surface: m for m in parse(text, gaz)}
    assert ms["الهيشة"].admin1 == "Ar-Raqqa"
    # in a story on Tartous, Tartous's own الهيشة stands
    ms = {m.surface: m for m in parse("قصف على قرية الهيشة في ريف طرطوس قرب بلدة الحميدية.", gaz)}
    assert ms["الهيشة"].admin1 == "Tartous"


def test_a_quarter_named_with_a_title_after_it_keeps_both_words(gaz):
    ms = geoparse(Article(id="x", text="قصفت قوات النظام حي جمال باشا في مدينة حلب."), gaz)
    assert [(m.surface, m.relation) for m in ms] == [("جمال باشا", "in_city"), ("حلب", None)]


def test_an_unknown_village_named_with_umm_is_reported_unresolved(gaz):
    ms = geoparse(Article(id="x", text="قتل مدني في قرية أم تينة بقصف مدفعي لقسد."), gaz)
    assert [(m.surface, m.place_id) for m in ms] == [("أم تينة", None)]


def test_a_listed_village_the_press_writes_without_its_article(gaz):
    ms = geoparse(Article(id="x", text="قصفت الطائرات التركية قرى جلمة ومعبطلي وراجو في ريف عفرين."), gaz)
    assert [(m.surface, m.name_ar) for m in ms][:3] == [("جلمة", "جلمة"), ("معبطلي", "المعبطلي"), ("راجو", "راجو")]
    # (not the first word of a two-word name in the list)
    ms = geoparse(Article(id="x", text="استهدف الطيران المروحي حيي الفردوس وبستان القصر ببرميلين."), gaz)
    assert "بستان القصر" in [m.surface for m in ms]


def test_a_bridge_named_for_a_town_with_no_city_around_it_stands_at_that_town(gaz):
    ms = geoparse(Article(id="x", text="استهدف الطيران الروسي بغارتين جسر دركوش غرب إدلب."), gaz)
    assert [(m.name_ar, m.relation, m.geo_precision) for m in ms][0] == ("جسر دركوش", "near", 2)
    # (a square named for a village, with no city named, is still nowhere known)
    assert geoparse(Article(id="x", text="تجمع المحتجون في ساحة الكنيسة."), gaz) == []


def test_a_governorate_in_another_clause_or_addressed_does_not_locate_a_name_before_it(gaz):
    for text in ("قصفت المدفعية التركية مواقع لقوات النظام في تل رفعت، في رسالة واضحة لدمشق.",
                 "قصفت المدفعية التركية مواقع في تل رفعت، وفي دمشق سقطت قذيفة."):
        assert geoparse(Article(id="x", text=text), gaz)[0].place_id == "ocha:C1621"   # تل رفعت, Aleppo
    # (a locator after a comma still locates: "…، على بعد 20 كيلومتراً جنوب مدينة طرطوس")
    ms = geoparse(Article(id="x", text="غارة استهدفت منطقة زراعية في بلدة الحميدية الساحلية، على بعد نحو 20 كيلومتراً "
                                       "جنوب مدينة طرطوس."), gaz)
    assert ms[0].admin1 == "Tartous"


def test_a_village_a_town_locates_is_not_a_namesake_far_from_it(gaz):
    # every المشيرفة the gazetteer has lies hundreds of km from Ain Issa: unresolved, not a namesake
    ids = {m.surface: m.place_id for m in parse("سقطت قذائف تركية على قرية المشيرفة في ريف عين عيسى.", gaz)}
    assert ids.get("المشيرفة", "missing") is None and ids.get("عين عيسى") is not None, ids
    ids = {m.surface: m.place_id for m in parse("قصف الجيش التركي قرية تل شنان في ريف تل تمر.", gaz)}
    assert ids.get("تل شنان", "missing") is None, ids
    # (one near the town stays; a city's countryside is its province's, wider than a town's)
    ids = {m.surface: m.place_id for m in parse("قصفت قوات النظام قرية الدندنية غربي منبج.", gaz)}
    assert ids.get("الدندنية") is not None, ids
    ids = {m.surface: m.place_id for m in parse("قصفت قوات النظام قرية كفرنبودة في ريف حماة الشمالي.", gaz)}
    assert ids.get("كفرنبودة") is not None, ids


def test_a_surname_in_fal_is_not_fa_la_and_a_village(gaz):
    ids = {m.surface for m in parse("اندلعت اشتباكات بين مسلحين من بلدة عتيل ومجموعة راجي فلحوط.", gaz)}
    assert "حوط" not in ids, ids


def test_a_village_ocha_joins_with_its_neighbour_without_an_underscore(gaz):
    # OCHA's "ركايا سجنة" (C4102) is the press's "الركايا" with its neighbour
    ms = resolved("قصفت قوات النظام بالمدفعية قرية الركايا بريف إدلب الجنوبي.", gaz)
    assert [m.place_id for m in ms if m.surface == "الركايا"] == ["ocha:C4102"]


def test_the_verb_tudammir_before_its_object_is_not_palmyra(gaz):
    assert [m.surface for m in resolved("غارة اسرائيلية تدمر مبنى في المزة", gaz)] == ["المزة"]
    assert [m.surface for m in resolved("المسيرات التركية تدمر دبابات قرب خان السبل", gaz)] == ["خان السبل"]
    # (after its subject, whatever its object: "سفن" is in no list of objects)
    assert [m.surface for m in resolved("الطائرات الإسرائيلية تدمر سفن الأسطول البحري في ميناء اللاذقية", gaz)] == [
        "ميناء اللاذقية"]
    assert [m.surface for m in resolved("غارات روسية تدمر مشفى في بلدة كفرنبل", gaz)] == ["كفرنبل"]
    # (the city itself, after a kind word or a preposition)
    assert [m.surface for m in resolved("شنت طائرات روسية غارات على مدينة تدمر مساء أمس", gaz)] == ["تدمر"]
    assert [m.surface for m in resolved("اشتباكات في بادية تدمر", gaz)] == ["تدمر"]


def test_the_names_after_a_dual_facility_head_are_the_facilities(gaz):
    ms = resolved("استهدفت غارات إسرائيلية مطاري دمشق وحلب", gaz)
    assert [m.place_id for m in ms] == ["cur:damascus-airport", "cur:aleppo-airport"]
    ms = resolved("قصفت الطائرات الإسرائيلية قاعدتي التيفور والشعيرات", gaz)
    assert [m.place_id for m in ms][1:] == ["cur:shayrat-airbase"]
    # (a singular head governs its own name only: the city after "و" stays the city)
    ms = resolved("استهدفت غارات إسرائيلية مطار دمشق ومدينة حلب", gaz)
    assert [m.kind for m in ms] == ["airport", "city"]


def test_a_common_noun_near_a_place_is_no_village_of_its_name(gaz):
    # "مدرسة" (a school) is also an Aleppo village's name: "قرب بلدة كفرحلب" locates the school
    assert [m.surface for m in parse("قتل 8 أشخاص بغارة استهدفت اجتماعاً في مدرسة قرب بلدة كفرحلب.", gaz)] == ["كفرحلب"]
    # the village named as one
    assert "مدرسة" in [m.surface for m in parse("قصفت قوات النظام قرية مدرسة بريف حلب.", gaz)]


def test_a_village_named_like_a_foreign_city_in_a_list_of_villages(gaz):
    # "قريتي العنكاوي والقاهرة": the Ghab village القاهرة, not Cairo
    got = [(m.surface, m.admin1) for m in parse("قصفت قوات النظام قريتي العنكاوي والقاهرة في سهل الغاب.", gaz) if m.place_id]
    assert ("القاهرة", "Hama") in got
    assert [m.surface for m in parse("زار الوزير دمشق والقاهرة.", gaz) if m.place_id] == ["دمشق"]


def test_villages_a_direction_of_their_province_locates_stay_where_they_are(gaz):
    # "شرقي دير الزور": the province's eastern part; its villages 110 km from the province's point
    # are its own, not namesakes placed at the point (was الشعفة and السوسة at the province)
    ms = {m.surface: m for m in parse("غارات على بلدات هجين والشعفة والسوسة شرقي دير الزور.", gaz)}
    assert (ms["الشعفة"].place_id, ms["السوسة"].place_id) == ("ocha:C5183", "ocha:C5186")
    assert (ms["الشعفة"].relation, ms["السوسة"].relation) == (None, None)


def test_his_killing_after_and_is_no_village(gaz):
    # "ومقتله مع مرافقه": not the village مقتلة (Aleppo), which stays a village after "قرية"
    assert [m.surface for m in parse("انفجار عبوة ناسفة بسيارة قيادي في مدينة جاسم، ومقتله مع مرافقه", gaz)] == ["جاسم"]
    assert [m.name_ar for m in parse("قصفت قوات النظام قرية مقتلة بريف حلب.", gaz)][:1] == ["مقتلة"]


@pytest.mark.parametrize("text,place_id", [
    ("قصفت قوات النظام مدينة المعرة بريف إدلب.", "ocha:C3985"),        # the short name of معرة النعمان
    ("قصفت قوات النظام بلدة المزريب بريف درعا الغربي.", "ocha:C6039"),  # a spelling of المزيريب
    ("قصفت طائرة مسيرة تركية سيارة في مدينة دربيسية.", "ocha:C5054"),   # the Kurdish form of الدرباسية
])
def test_press_and_kurdish_variants_resolve(text, place_id, gaz):
    assert place_id in [m.place_id for m in resolved(text, gaz)]


@pytest.mark.parametrize("text, quarter, city", [
    # a quarter named with one the gazetteer has is in that quarter's city, no city named
    ("سقطت قذائف على حيي الموكامبو والأشرفية", "الأشرفية", "حلب"),
    ("ألقى الطيران المروحي براميل على أحياء الصاخور والشعار", "الشعار", "حلب"),
    ("قصف مدفعي على حي الفردوس وحي الصالحين", "الفردوس", "حلب"),
])
def test_a_quarter_named_with_a_known_quarter_is_in_its_city(gaz, text, quarter, city):
    m = next(m for m in parse(text, gaz) if m.surface == quarter)
    host = gaz.candidates(normalize_char_string(city))
    assert m.relation == "in_city" and m.place_id in {c.id for c in host if c.kind == "city"}


def test_a_village_named_after_a_known_quarter_in_another_clause_stays_a_village(gaz):
    ms = parse("قصفت قوات النظام حي الوعر، وسقطت قذائف على قرية الأشرفية في ريف حمص", gaz)
    m = next(m for m in ms if m.surface == "الأشرفية")
    assert m.kind == "village" and m.relation is None and m.admin1 == "Homs"


def test_saida_of_the_golan_is_quneitras_not_daraas(gaz):
    [m] = [m for m in parse("قصفت المدفعية الإسرائيلية أطراف بلدة صيدا الجولان", gaz) if m.place_id]
    assert m.place_id == "ocha:C6302" and m.admin1 == "Quneitra"


def test_villages_after_a_nominative_dual_are_a_list(gaz):
    # "بلدتا X وY" heads its list as "بلدتي X وY" does (the second name is a place after the first's "و")
    ms = parse("وكانت بلدتا الحسينية والذيابية قد تعرضتا لقصف عنيف", gaz)
    assert [m.surface for m in ms] == ["الحسينية", "الذيابية"]


def test_a_town_joined_to_a_quarter_is_no_city_of_it(gaz):
    # "حي الحزاونة وقرية الغندورة": Manbij's quarter and a village of Jarablus (the quarter was put in the
    # village, and the two strikes merged into one)
    ms = {m.surface: m for m in parse("شن طيران التحالف غارات على حي الحزاونة وقرية الغندورة.", gaz)}
    assert ms["الحزاونة"].place_id is None and ms["الغندورة"].place_id == "ocha:C2250"
    # ... while a known quarter joined to one tells its city ("حيي الشعار والصاخور": Aleppo's)
    ms = {m.surface: m for m in parse("استهدفت قوات النظام بلدة مارع، كما استهدفت بقذائف الهاون حيي الشعار والصاخور.", gaz)}
    assert ms["الشعار"].place_id == "ocha:C1007"


def test_the_nominative_dual_of_a_governorate_or_city_is_its_kind(gaz):
    # "محافظتا إدلب وحماة" are the two governorates (as "محافظتي" is), not the two cities
    assert [(m.surface, m.kind) for m in parse("وسط تصعيد تشهده محافظتا إدلب وحماة", gaz)] == [
        ("إدلب", "governorate"), ("حماة", "governorate")]


@pytest.mark.parametrize("text, absent", [
    # "تدمر" the verb before its object, not Palmyra; "سلمية" the adjective of a demonstration
    ("قصفت الطائرات مواقع المسلحين وتدمر أوكاراً لهم في ريف حمص.", "تدمر"),
    ("قذائف دبابات الميركافا تطال تل كروم جبا وتدمر نقطة للجيش.", "تدمر"),
    ("خرجت مظاهرة سلمية في حي الخالدية في حمص.", "السلمية"),
])
def test_a_verb_or_an_adjective_named_like_a_town(gaz, text, absent):
    assert absent not in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]


@pytest.mark.parametrize("text, present", [
    # (the towns themselves: a conjunct or an adverb after them, a kind word before)
    ("قصفت الطائرات الروسية مدينة تدمر ومحيطها.", "تدمر"),
    ("سيطر التنظيم على تدمر صباحا.", "تدمر"),
    ("انفجرت سيارة مفخخة في مدينة سلمية بريف حماة.", "السلمية"),
])
def test_the_towns_named_like_a_verb_or_an_adjective(gaz, text, present):
    assert present in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]


def test_a_village_named_like_people_needs_its_kind_word(gaz):
    # "مهاجرين" (migrants) is the village only after "قرية"
    text = "أطلق الجندرما التركي النار على مهاجرين قرب قرية خربة الجوز."
    assert [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)] == ["خربة الجوز"]
    text = "قصفت قوات النظام قرية مهاجرين في ريف حمص."
    assert "الحميدية-مهاجرين" in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]


def test_clothes_are_no_village(gaz):
    # "الألبسة" (clothes) is the Homs village البسة only after its kind word
    text = "انفجرت قنبلة ألقاها مجهولون على محل لبيع الألبسة في مدينة أعزاز."
    assert [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)] == ["أعزاز"]
    text = "قصفت قوات النظام قرية البسة في ريف حمص."
    assert "البسة" in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]


@pytest.mark.parametrize("text, absent", [
    # the preposition "على" is no last word "علي" of a name ("تل علي"), before a place or its kind word
    ("قُتل سبعة مدنيين بقصف من حاجز قلعة التل على مدينة الزبداني.", "تل علي"),
    # the regime's adjective after a definite noun, and a militia named for its leader, are no villages
    ("قصفت الطائرات الحربية الأسدية والروسية بلدة الخفسة.", "الأسدية"),
    ("قصفت ميليشيا نصر الله مدينة الزبداني بالصواريخ.", "نصر الله"),
])
def test_a_preposition_an_adjective_or_a_militias_name_is_no_village(gaz, text, absent):
    assert absent not in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]


@pytest.mark.parametrize("text, present", [
    # (the villages themselves: "تل علي" written the Egyptian way at a clause's end; "قرية الأسدية")
    ("قصفت قوات النظام قرية تل على اليوم.", "تل علي"),
    ("قصفت قوات النظام قرية الأسدية في ريف حماة.", "الأسدية"),
])
def test_the_villages_named_like_a_preposition_or_an_adjective(gaz, text, present):
    assert present in [m.name_ar for m in geoparse(Article(id="t", text=text), gaz)]
