"""The helper that wrote data/gazetteer/curated.csv (derived points computed from the
reference data; published coordinates typed in). Not run by `gazetteer build`: it documents
how each `derived:` point was computed. Re-running it overwrites hand edits of curated.csv.

Usage: .venv/bin/python data/gazetteer/make_curated.py"""
import csv, json, math
from pathlib import Path
from shapely.geometry import shape, box, Polygon, Point
from shapely.ops import unary_union
from pyproj import Geod

HERE = Path(__file__).resolve().parent
REF = HERE.parent / 'reference'
OUT = HERE / 'curated.csv'
GEOD = Geod(ellps='WGS84')
OCHA = {r['PCODE']: r for r in csv.DictReader(open(REF/'ocha_syr_admin4_communities.csv', encoding='utf-8'))}
A1 = {f['properties']['NAME_EN']: shape(f['geometry']) for f in json.load(open(REF/'ocha_syr_admin1_governorates_simplified.geojson'))['features']}
A1P = {f['properties']['NAME_EN']: f['properties'] for f in json.load(open(REF/'ocha_syr_admin1_governorates_simplified.geojson'))['features']}
A2 = [(f['properties'], shape(f['geometry'])) for f in json.load(open(REF/'ocha_syr_admin2_districts_simplified.geojson'))['features']]
SYRIA = unary_union(list(A1.values()))

def o(pc):
    r = OCHA[pc]; return float(r['LATITUDE']), float(r['LONGITUDE'])
def oname(pc):
    return OCHA[pc]['NAME_ARA']
def off(pt, bearing, km):
    lon, lat, _ = GEOD.fwd(pt[1], pt[0], bearing, km*1000); return lat, lon
def mid(a, b, t=0.5):
    return a[0]+(b[0]-a[0])*t, a[1]+(b[1]-a[1])*t
def centroid(pcs):
    pts = [o(p) for p in pcs]; return sum(p[0] for p in pts)/len(pts), sum(p[1] for p in pts)/len(pts)
def area_km2(g):
    return abs(GEOD.geometry_area_perimeter(g)[0])/1e6
def part(geom):
    """rep point and equal-area radius of a polygon part"""
    rp = geom.representative_point(); a = area_km2(geom)
    return (rp.y, rp.x), round(math.sqrt(a/math.pi)), round(a)
def halfplane(a, b, side):
    """big polygon on one side ('left'/'right' looking from a to b) of the line a→b (lat,lon)"""
    (y1, x1), (y2, x2) = a, b
    dx, dy = x2-x1, y2-y1; n = math.hypot(dx, dy); dx, dy = dx/n*20, dy/n*20
    p1 = (x1-dx, y1-dy); p2 = (x2+dx, y2+dy)
    nx, ny = (-dy, dx) if side == 'left' else (dy, -dx)
    return Polygon([p1, p2, (p2[0]+nx, p2[1]+ny), (p1[0]+nx, p1[1]+ny)])

rows = []
def add(id, name_ar, variants_ar, name_en, variants_en, kind, pt, unc, source, notes=''):
    if source.startswith('Wikipedia'):
        notes = '; '.join(x for x in (notes, 'coordinates typed from the cited article without network access; re-check when online') if x)
    rows.append(dict(id='cur:'+id, name_ar=name_ar, variants_ar='|'.join(variants_ar), name_en=name_en,
                     variants_en='|'.join(variants_en), kind=kind, lat=round(pt[0], 4), lon=round(pt[1], 4),
                     uncertainty_km=unc, source=source, notes=notes))

def wp(article, lat, lon):
    return (lat, lon), f"Wikipedia: {article}, infobox coordinates ({lat}, {lon})"

# ------------------------------------------------------------------ desert areas
east = SYRIA.intersection(box(37.5, 32.0, 42.5, 35.6))
pt, r, a = part(east)
add('syrian-badia', 'البادية السورية', ['البادية', 'بادية الشام', 'البادية الشامية', 'الصحراء السورية', 'بادية سوريا', 'بادية سورية'],
    'Syrian Desert', ['Syrian Badia', 'Badia', 'Badiya', 'Badiyat al-Sham'], 'desert_area', pt, r,
    f'derived: representative point of the OCHA admin1 union east of 37.5°E and south of 35.6°N ({a} km2); radius = equal-area circle',
    'the Syrian steppe-desert south of the Euphrates; a very large area: use only as a last resort')
for gov, ar, en, geom_fn, desc, extra_ar in [
    ('Homs', 'بادية حمص', 'Homs Desert', lambda g: g.intersection(box(37.3, 32, 42.5, 37.5)), 'east of 37.3°E', ['بادية ريف حمص', 'بادية حمص الشرقية', 'بادية ريف حمص الشرقي', 'بادية محافظة حمص']),
    ('Hama', 'بادية حماة', 'Hama Desert', lambda g: g.intersection(box(37.2, 32, 42.5, 37.5)), 'east of 37.2°E', ['بادية ريف حماة', 'بادية حماة الشرقية', 'بادية ريف حماة الشرقي', 'بادية سلمية']),
    ('Aleppo', 'بادية حلب', 'Aleppo Desert', lambda g: g.intersection(box(37.35, 32, 42.5, 36.05)), 'south of 36.05°N and east of 37.35°E', ['بادية ريف حلب', 'بادية حلب الجنوبية', 'بادية خناصر']),
    ('Rural Damascus', 'بادية ريف دمشق', 'Rural Damascus Desert', lambda g: g.intersection(box(37.0, 32, 42.5, 37.5)), 'east of 37.0°E', ['بادية دمشق', 'بادية ريف دمشق الشرقي']),
    ('As-Sweida', 'بادية السويداء', 'As-Sweida Desert', lambda g: g.intersection(box(36.85, 32, 42.5, 37.5)), 'east of 36.85°E', ['بادية ريف السويداء', 'بادية السويداء الشرقية']),
    ('Deir-ez-Zor', 'بادية دير الزور', 'Deir ez-Zor Desert', lambda g: g.intersection(halfplane(o('C5086'), o('C5167'), 'right')), 'south-west of the line Deir-ez-Zor city (C5086)–Al-Bukamal (C5167), i.e. the desert south of the Euphrates', ['بادية ريف دير الزور', 'بادية الشامية', 'بادية دير الزور الغربية']),
    ('Ar-Raqqa', 'بادية الرقة', 'Raqqa Desert', lambda g: g.intersection(halfplane(o('C5929'), o('C5787'), 'right')), 'south of the line Ath-Thawrah/Tabqa (C5929)–Maadan (C5787), i.e. the desert south of the Euphrates', ['بادية ريف الرقة', 'بادية الرقة الجنوبية']),
]:
    g = geom_fn(A1[gov]); pt, r, a = part(g)
    add('badia-' + gov.lower().replace(' ', '-').replace("'", ''), ar, extra_ar, en, [], 'desert_area', pt, r,
        f'derived: representative point of the part of the OCHA {gov} polygon {desc} ({a} km2); radius = equal-area circle',
        'the desert part of the governorate as a whole')
for id, ar, var, en, pc, bearing, km, r in [
    ('badia-palmyra', 'بادية تدمر', ['بادية مدينة تدمر', 'بادية ريف تدمر'], 'Palmyra Desert', 'C2889', 0, 0, 40),
    ('badia-sukhnah', 'بادية السخنة', ['بادية مدينة السخنة'], 'Sukhnah Desert', 'C2893', 0, 0, 30),
    ('badia-qaryatayn', 'بادية القريتين', [], 'Qaryatayn Desert', 'C2663', 0, 0, 30),
    ('badia-maadan', 'بادية معدان', ['بادية معدان الجنوبية'], 'Maadan Desert', 'C5787', 190, 20, 30),
    ('badia-mansoura', 'بادية المنصورة', [], 'Mansoura Desert (Raqqa)', 'C5942', 190, 15, 25),
    ('badia-mayadin', 'بادية الميادين', [], 'Mayadin Desert', 'C5192', 225, 20, 30),
    ('badia-ashara', 'بادية العشارة', [], 'Ashara Desert', 'C5210', 225, 20, 25),
    ('badia-bukamal', 'بادية البوكمال', [], 'Al-Bukamal Desert', 'C5167', 250, 25, 35),
    ('badia-markada', 'بادية مركدة', [], 'Markada Desert', 'C4454', 0, 0, 30),
    ('badia-shaddadi', 'بادية الشدادي', ['بادية الشدادة'], 'Shaddadi Desert', 'C4446', 0, 0, 30),
]:
    base = o(pc); pt = off(base, bearing, km) if km else base
    where = f'centred {km} km at bearing {bearing}° from OCHA {pc} ({oname(pc)})' if km else f'centred on OCHA {pc} ({oname(pc)})'
    add(id, ar, var, en, [], 'desert_area', pt, r, f'derived: {where}; desert area, radius {r} km',
        'the desert around the town as used in the press; extent not mapped')
hamad = SYRIA.intersection(halfplane(o('C2889'), o('C5167'), 'right')).intersection(box(37.5, 32, 42.5, 37.5))
pt, r, a = part(hamad)
add('hamad', 'الحماد', ['بادية الحماد', 'منطقة الحماد', 'صحراء الحماد'], 'Al-Hamad', ['Hamad Desert', 'Badiyat al-Hamad'], 'desert_area', pt, r,
    f'derived: representative point of the OCHA admin1 union south of the line Tadmor (C2889)–Al-Bukamal (C5167) and east of 37.5°E ({a} km2); radius = equal-area circle',
    'the stony desert of south-eastern Syria (continues into Iraq, Jordan and Saudi Arabia); very approximate')
jaz = unary_union([A1['Al-Hasakeh'], A1['Ar-Raqqa'].intersection(halfplane(o('C5929'), o('C5787'), 'left')), A1['Deir-ez-Zor'].intersection(halfplane(o('C5086'), o('C5167'), 'left'))])
pt, r, a = part(jaz)
add('badia-rusafa', 'بادية الرصافة', ['بادية رصافة هشام'], 'Rusafa Desert', ['Resafa desert'], 'desert_area',
    (35.628, 38.757), 30, 'derived: centred on cur:al-rusafa-raqqa / cur:resafa-site (Wikipedia: Resafa, infobox coordinates (35.628, 38.757)); desert area, radius 30 km',
    'the desert around Resafa south-west of Raqqa, towards the Hama, Homs and Deir-ez-Zor borders')
add('jazira', 'الجزيرة السورية', ['منطقة الجزيرة السورية', 'شرق الفرات', 'منطقة شرق الفرات', 'منطقة الجزيرة'], 'Syrian Jazira', ['Jazira', 'East of the Euphrates'], 'region', pt, r,
    f'derived: representative point of OCHA Al-Hasakeh plus the parts of Ar-Raqqa and Deir-ez-Zor north-east of the Euphrates (lines C5929–C5787 and C5086–C5167) ({a} km2); radius = equal-area circle',
    'north-eastern Syria between the Euphrates and the Tigris; very approximate')
# ------------------------------------------------------------------ mountains
add('jabal-al-amour', 'جبل العمور', ['جبال العمور', 'سلسلة جبال العمور', 'العمور'], 'Jabal al-Amour', ['Jabal al-Amur', 'Amour Mountains', 'Jebel Amour'], 'mountain',
    off(o('C2889'), 30, 25), 30, 'derived: 25 km north-north-east of OCHA C2889 (تدمر), in the mountains of the Palmyra district north of the town as described in the press; radius 30 km',
    'approximate: no published coordinates found offline; the radius covers the hills between Palmyra, Arak and the Sukhnah road')
add('jabal-al-bishri', 'جبل البشري', ['جبال البشري', 'سلسلة جبال البشري'], 'Jabal Bishri', ['Jebel Bishri', 'Bishri Mountains', 'Jabal al-Bishri'], 'mountain',
    off(mid(o('C5787'), o('C5091')), 270, 30), 40, 'derived: 30 km west of the midpoint of OCHA C5787 (معدان) and C5091 (كبا جب): the range lies west of the line from the Euphrates at Maadan to Kabajeb on the Palmyra–Deir ez-Zor road; radius 40 km',
    'a range about 80 km long on the Raqqa/Deir-ez-Zor/Homs border; approximate centre, no published coordinates checked offline')
add('jabal-al-balaas', 'جبل البلعاس', ['جبال البلعاس', 'البلعاس', 'سلسلة جبال البلعاس'], "Jabal al-Bal'as", ['Jabal Balaas', 'Bal\'as Mountains', 'Jebel Bilas'], 'mountain',
    mid(o('C3315'), o('C2889'), 0.4), 30, 'derived: 40% of the way from OCHA C3315 (عقيربات) to C2889 (تدمر), the desert mountains east of Uqayribat described in the press; radius 30 km',
    'approximate: mountains of the eastern Hama/Homs desert; no published coordinates found offline')
add('jabal-al-shaer', 'جبل الشاعر', ['جبال الشاعر', 'جبل شاعر'], "Jabal al-Sha'er", ['Jabal Shaer', 'Jebel Shaer', 'Shaer mountains'], 'mountain',
    off(o('C2947'), 100, 30), 25, 'derived: 30 km east of OCHA C2947 (جب الجراح) on the way to Palmyra, where the Shaer gas field lies; radius 25 km',
    'approximate')
add('jabal-abu-rajmayn', 'جبل أبو رجمين', ['جبال أبو رجمين', 'أبو رجمين'], 'Jabal Abu Rajmayn', ['Abu Rajmayn mountains'], 'mountain',
    off(o('C2889'), 330, 20), 25, 'derived: 20 km north-north-west of OCHA C2889 (تدمر); the range north of Palmyra; radius 25 km', 'approximate')
add('jabal-abdulaziz', 'جبل عبد العزيز', ['جبال عبد العزيز', 'جبل عبدالعزيز'], 'Jabal Abd al-Aziz', ['Abdulaziz Mountain', 'Jebel Abdulaziz'], 'mountain',
    off(o('C4360'), 250, 35), 25, 'derived: 35 km west-south-west of OCHA C4360 (الحسكة); the ridge south-west of Al-Hasakah city; radius 25 km', 'approximate; the ridge is about 50 km long')
zaw = ['C4304', 'C4309', 'C4308', 'C4295', 'C4292', 'C4273', 'C4302']
add('jabal-al-zawiya', 'جبل الزاوية', ['منطقة جبل الزاوية', 'جبل الزاوية بريف إدلب'], 'Jabal al-Zawiya', ['Jebel Zawiya', 'Jabal Zawiya'], 'mountain',
    centroid(zaw), 15, 'derived: centroid of OCHA communities on the plateau: ' + ', '.join(f'{p} ({oname(p)})' for p in zaw) + '; radius 15 km', '')
akr = ['C3704', 'C3750', 'C3751']
add('jabal-al-akrad', 'جبل الأكراد', ['جبل الاكراد', 'جبال الأكراد'], 'Jabal al-Akrad', ['Kurd Mountain', 'Jebel Akrad'], 'mountain',
    centroid(akr), 15, 'derived: centroid of OCHA ' + ', '.join(f'{p} ({oname(p)})' for p in akr) + ' (Latakia countryside); radius 15 km', '')
trk = ['C3498', 'C3557', 'C3500']
add('jabal-al-turkman', 'جبل التركمان', ['جبال التركمان'], 'Jabal al-Turkman', ['Turkmen Mountain', 'Jebel Turkman'], 'mountain',
    centroid(trk), 15, 'derived: centroid of OCHA ' + ', '.join(f'{p} ({oname(p)})' for p in trk) + ' (northern Latakia countryside); radius 15 km', '')
pt, src = wp('Mount Hermon', 33.4161, 35.8575)
add('jabal-al-sheikh', 'جبل الشيخ', ['جبل حرمون', 'قمة جبل الشيخ'], 'Mount Hermon', ['Jabal al-Sheikh', 'Jebel esh Sheikh', 'Hermon'], 'mountain', pt, 15, src + ' (summit)', 'massif on the Syria–Lebanon border; radius 15 km covers its Syrian slopes')
add('jabal-qasioun', 'جبل قاسيون', ['قاسيون'], 'Mount Qasioun', ['Jabal Qasioun', 'Qassioun', 'Qasyun'], 'mountain',
    off(o('C1001'), 315, 4), 5, 'derived: 4 km north-west of OCHA C1001 (دمشق); the mountain overlooking Damascus; radius 5 km', '')
add('jabal-al-arab', 'جبل العرب', ['جبل الدروز', 'جبل حوران'], 'Jabal al-Arab', ['Jabal al-Druze', 'Jebel Druze', 'Jabal Hauran'], 'mountain',
    off(o('C6147'), 100, 12), 30, 'derived: 12 km east of OCHA C6147 (السويداء); the volcanic massif of As-Sweida; radius 30 km', 'approximate')
qal = ['C2416', 'C2419', 'C2384', 'C2410', 'C2427', 'C2424', 'C2393']
add('qalamoun', 'القلمون', ['جبال القلمون', 'منطقة القلمون', 'القلمون الغربي', 'القلمون الشرقي'], 'Qalamoun', ['Qalamoun Mountains', 'Qalamun'], 'mountain',
    centroid(qal), 35, 'derived: centroid of OCHA ' + ', '.join(f'{p} ({oname(p)})' for p in qal) + '; radius 35 km', 'the Qalamoun region north of Damascus (Western and Eastern Qalamoun)')
wb = ['C2447', 'C2326', 'C2444', 'C2448', 'C2451', 'C2430']
add('wadi-barada', 'وادي بردى', ['منطقة وادي بردى'], 'Wadi Barada', ['Barada valley'], 'region',
    centroid(wb), 8, 'derived: centroid of OCHA ' + ', '.join(f'{p} ({oname(p)})' for p in wb) + '; radius 8 km', 'the Barada valley villages north-west of Damascus')
add('jabal-al-arbaeen', 'جبل الأربعين', ['جبل الاربعين'], "Jabal al-Arba'in", ['Jabal Arbaeen', 'Mount Arbaeen'], 'mountain',
    off(o('C4278'), 180, 2), 3, 'derived: 2 km south of OCHA C4278 (أريحا); the hill above Ariha; radius 3 km', '')
# ------------------------------------------------------------------ salt flats
add('sabkhat-al-kawm', 'سبخة الكوم', ['سبخة الكوم الملحية'], 'Sabkhat al-Kawm', ['El Kowm salt flat'], 'salt_flat',
    o('C2894'), 12, 'derived: centred on OCHA C2894 (الكوم), the village of the El Kowm basin; radius 12 km', 'the playa of the El Kowm basin north of As-Sukhnah; extent not mapped')
add('sabkhat-al-muh', 'سبخة الموح', ['سبخة تدمر', 'سبخة الموح الملحية'], 'Sabkhat al-Muh', ['Palmyra salt flat', 'Sabkhat Muh'], 'salt_flat',
    off(o('C2889'), 135, 10), 12, 'derived: 10 km south-east of OCHA C2889 (تدمر); the salt flat south-east of Palmyra; radius 12 km', 'approximate')
add('sabkhat-al-jabbul', 'سبخة الجبول', ['بحيرة الجبول', 'ملاحة الجبول'], 'Sabkhat al-Jabbul', ['Jabbul Lake', 'Lake Jabbul'], 'salt_flat',
    off(o('C1280'), 180, 5), 12, 'derived: 5 km south of OCHA C1280 (الجبول), the village on the lake shore; radius 12 km', 'the lake is about 25 km long')
# ------------------------------------------------------------------ bases and airports
add('al-tanf', 'التنف', ['قاعدة التنف', 'معبر التنف', 'منطقة التنف', 'التنف الحدودي', 'قاعدة التنف العسكرية'], 'Al-Tanf', ['At-Tanf', 'Tanf', 'Al-Tanf garrison'], 'base',
    (33.5, 38.63), 6, 'Wikipedia: Al-Tanf, infobox coordinates (33.5, 38.63), rounded',
    'US-led coalition garrison near the Syria–Iraq–Jordan border and the al-Tanf crossing; radius 6 km covers both')
add('zone-55km', 'منطقة الـ55', ['منطقة ال55', 'منطقة الـ55 كم', 'منطقة ال55 كيلومتر', 'منطقة الخمسة وخمسين', 'منطقة 55'], '55-km deconfliction zone', ['55 km zone'], 'region',
    (33.5, 38.63), 55, 'derived: centred on cur:al-tanf (Wikipedia: Al-Tanf); the zone is a 55 km radius around the garrison', '')
add('rukban-camp', 'مخيم الركبان', ['الركبان'], 'Rukban camp', ['Rukban', 'Al-Rukban'], 'camp',
    off((33.5, 38.63), 200, 20), 15, 'derived: about 20 km south-south-west of cur:al-tanf, on the Syria–Jordan border berm inside the 55-km zone; radius 15 km',
    'approximate: position relative to al-Tanf from press descriptions')
add('al-hol-camp', 'مخيم الهول', ['مخيم الهول للنازحين'], 'Al-Hol camp', ['al-Hawl camp', 'Hol camp'], 'camp',
    o('C4519'), 3, 'derived: OCHA C4519 (الهول); the camp is on the edge of the town; radius 3 km', '')
pt, src = wp('Khmeimim Air Base', 35.4011, 35.9486)
add('hmeimim-airbase', 'قاعدة حميميم', ['قاعدة حميميم الجوية', 'مطار حميميم', 'مطار حميميم العسكري', 'مطار باسل الأسد', 'مطار باسل الأسد الدولي', 'مطار اللاذقية'], 'Khmeimim Air Base', ['Hmeimim Air Base', 'Hmeimim', 'Bassel Al-Assad International Airport', 'Latakia airport'], 'base', pt, 3, src, 'OCHA village C3588 (حميميم) is next to it')
pt, src = wp('Tiyas Military Airbase', 34.5225, 37.6297)
add('t4-airbase', 'مطار التيفور', ['مطار T4', 'مطار تي فور', 'قاعدة التيفور', 'مطار التياس', 'مطار التياس العسكري', 'التيفور', 'T4', 'T-4'], 'Tiyas Military Airbase', ['T4 airbase', 'T-4 airbase', 'Tiyas airbase'], 'base', pt, 3, src, 'OCHA C2662 (الصفا_التياس) is 5 km north-east')
pt, src = wp('Shayrat Airbase', 34.49, 36.9089)
add('shayrat-airbase', 'مطار الشعيرات', ['مطار الشعيرات العسكري', 'قاعدة الشعيرات الجوية', 'قاعدة الشعيرات'], 'Shayrat Airbase', ['Al-Shayrat airbase', 'Shairat'], 'base', pt, 3, src, 'OCHA C2659 (الشعيرات) is 3.5 km east')
pt, src = wp('Kuweires Military Airbase', 36.1869, 37.5831)
add('kuweires-airbase', 'مطار كويرس', ['مطار كويرس العسكري', 'قاعدة كويرس الجوية'], 'Kuweires Military Airbase', ['Kuweires airbase', 'Kweires'], 'base', pt, 3, src, 'OCHA C1294 (كويرس شرقي) is 5 km south-west')
pt, src = wp('Deir ez-Zor Airport', 35.2853, 40.1758)
add('deir-ez-zor-airbase', 'مطار دير الزور العسكري', ['مطار دير الزور', 'المطار العسكري في دير الزور'], 'Deir ez-Zor Military Airport', ['Deir ez-Zor airbase', 'Deir ez-Zor airport'], 'base', pt, 3, src, '')
pt, src = wp('Mezzeh Military Airport', 33.4775, 36.2233)
add('mezzeh-airbase', 'مطار المزة العسكري', ['مطار المزة', 'قاعدة المزة الجوية'], 'Mezzeh Military Airport', ['Mezzeh airbase', 'Al-Mazzah airbase'], 'base', pt, 3, src, '')
pt, src = wp('Dumayr Military Airport', 33.6097, 36.7489)
add('dumayr-airbase', 'مطار الضمير العسكري', ['مطار الضمير', 'قاعدة الضمير الجوية'], 'Dumayr Military Airport', ['Dumayr airbase', 'Dmeir airbase'], 'base', pt, 3, src, '')
add('kharab-al-jir', 'قاعدة خراب الجير', ['مطار خراب الجير', 'مهبط خراب الجير', 'قاعدة رميلان'], 'Kharab al-Jir airbase', ['Rmelan Landing Zone', 'Kharab al-Jir'], 'base',
    o('C4978'), 4, 'derived: OCHA C4978 (خراب الجير); the airstrip is beside the village; radius 4 km', 'US-led coalition airstrip')
add('shaddadi-base', 'قاعدة الشدادي', ['قاعدة الشدادي العسكرية', 'قاعدة الشدادة'], 'Al-Shaddadi base', ['Shaddadi base'], 'base',
    o('C4446'), 5, 'derived: OCHA C4446 (الشدادة); the base is on the edge of the town; radius 5 km', 'approximate')
pt, src = wp('Aleppo International Airport', 36.1806, 37.2244)
add('aleppo-airport', 'مطار حلب الدولي', ['مطار حلب', 'مطار النيرب', 'مطار النيرب العسكري'], 'Aleppo International Airport', ['Nayrab airbase', 'Aleppo airport'], 'airport', pt, 3, src, '')
pt, src = wp('Damascus International Airport', 33.4114, 36.5156)
add('damascus-airport', 'مطار دمشق الدولي', ['مطار دمشق'], 'Damascus International Airport', ['Damascus airport'], 'airport', pt, 3, src, '')
pt, src = wp('Qamishli Airport', 37.0203, 41.1914)
add('qamishli-airport', 'مطار القامشلي', ['مطار القامشلي الدولي'], 'Qamishli Airport', ['Kamishli airport'], 'airport', pt, 3, src, '')
pt, src = wp('Tabqa Airbase', 35.7547, 38.5667)
add('tabqa-airbase', 'مطار الطبقة العسكري', ['مطار الطبقة', 'قاعدة الطبقة الجوية'], 'Tabqa Airbase', ['Tabqa airport'], 'base', pt, 3, src, '')
pt, src = wp('Hama Military Airport', 35.1181, 36.7111)
add('hama-airbase', 'مطار حماة العسكري', ['مطار حماة'], 'Hama Military Airport', ['Hama airbase'], 'base', pt, 3, src, '')
pt, src = wp('Abu al-Duhur Military Airbase', 35.732, 37.104)
add('abu-al-duhur-airbase', 'مطار أبو الظهور العسكري', ['مطار أبو الظهور', 'مطار ابو الضهور'], 'Abu al-Duhur Military Airbase', ['Abu Duhur airbase'], 'base', pt, 3, src, '')
pt, src = wp('Menagh Military Airbase', 36.5214, 37.0414)
add('menagh-airbase', 'مطار منغ العسكري', ['مطار منغ'], 'Menagh Military Airbase', ['Menagh airbase', 'Minakh'], 'base', pt, 3, src, '')
pt, src = wp('Jirah Military Airbase', 36.0967, 37.9364)
add('jirah-airbase', 'مطار الجراح العسكري', ['مطار الجراح', 'مطار كشيش'], 'Jirah Military Airbase', ['Jirah airbase', 'Kshesh airbase'], 'base', pt, 3, src, '')
pt, src = wp('Khalkhalah Airbase', 33.0633, 36.5522)
add('khalkhalah-airbase', 'مطار خلخلة العسكري', ['مطار خلخلة'], 'Khalkhalah Airbase', ['Khalkhala airbase'], 'base', pt, 3, src, '')
pt, src = wp("Tha'la Military Airbase", 32.7053, 36.4128)
add('thaala-airbase', 'مطار الثعلة العسكري', ['مطار الثعلة'], "Tha'la Military Airbase", ['Thaala airbase'], 'base', pt, 3, src, '')
pt, src = wp('Palmyra Airport', 34.5575, 38.3167)
add('palmyra-airport', 'مطار تدمر العسكري', ['مطار تدمر'], 'Palmyra Military Airport', ['Palmyra airport', 'Tadmur airport'], 'base', pt, 3, src, '')
add('dabaa-airbase', 'مطار الضبعة العسكري', ['مطار الضبعة'], "Al-Dab'a Military Airbase", ['Dabaa airbase'], 'base',
    off(o('C2726'), 270, 3), 4, 'derived: 3 km west of OCHA C2726 (الضبعة, Al-Qusayr district); radius 4 km', 'approximate')
add('tartus-naval-base', 'قاعدة طرطوس البحرية', ['القاعدة البحرية في طرطوس', 'القاعدة الروسية في طرطوس', 'ميناء طرطوس'], 'Tartus naval base', ['Tartus naval facility', 'Port of Tartus'], 'base',
    o('C5221'), 3, 'derived: OCHA C5221 (طرطوس); the naval facility is in the city port; radius 3 km', '')
# ------------------------------------------------------------------ oil and gas fields
add('omar-field', 'حقل العمر النفطي', ['حقل العمر', 'حقول العمر', 'حقل العمر للنفط', 'قاعدة حقل العمر'], 'Al-Omar oil field', ['Omar oilfield', 'al-Omar', 'Green Village'], 'field',
    off(o('C5192'), 45, 10), 8, 'derived: 10 km north-east of OCHA C5192 (الميادين), on the east bank of the Euphrates where press reports place it; radius 8 km', 'field and US-led coalition base; approximate')
add('conoco-field', 'حقل كونيكو', ['حقل كونيكو للغاز', 'معمل غاز كونيكو', 'كونيكو', 'قاعدة كونيكو'], 'Conoco gas field', ['Conoco', 'Koniko'], 'field',
    off(o('C5140'), 20, 4), 6, 'derived: 4 km north-north-east of OCHA C5140 (خشام), east of Deir ez-Zor city; radius 6 km', 'gas plant and US-led coalition base; approximate')
add('tanak-field', 'حقل التنك', ['حقل التنك النفطي'], 'Al-Tanak oil field', ['Tanak field'], 'field',
    off(o('C5174'), 90, 15), 15, 'derived: 15 km east of OCHA C5174 (أبو حمام), in the desert east of the Euphrates (press: بادية الشعيطات); radius 15 km', 'approximate')
add('jafra-field', 'حقل الجفرة', ['حقل الجفرة النفطي'], 'Al-Jafra oil field', ['Jafra field'], 'field',
    o('C5080'), 6, 'derived: OCHA C5080 (الجفرة), the village the field is named after; radius 6 km', 'approximate')
add('tayim-field', 'حقل التيم', ['حقل التيم النفطي'], 'Al-Taym oil field', ['Tayyem field', 'Al-Tim'], 'field',
    off(o('C5086'), 200, 10), 8, 'derived: 10 km south-south-west of OCHA C5086 (دير الزور), south of the city as press reports place it; radius 8 km', 'approximate')
add('ward-field', 'حقل الورد', ['حقل الورد النفطي'], 'Al-Ward oil field', ['Ward field'], 'field',
    off(o('C5167'), 315, 20), 20, 'derived: 20 km north-west of OCHA C5167 (البوكمال), in the Al-Bukamal countryside where press reports place it; radius 20 km', 'very approximate')
add('shaer-field', 'حقل الشاعر', ['حقل شاعر', 'حقل الشاعر للغاز', 'حقل غاز الشاعر'], "Al-Sha'er gas field", ['Shaer gas field', 'Shaer'], 'field',
    off(o('C2947'), 100, 30), 15, 'derived: same point as cur:jabal-al-shaer (30 km east of OCHA C2947 جب الجراح); radius 15 km', 'approximate')
add('jazal-field', 'حقل جزل', ['حقل جزل النفطي', 'جزل'], 'Jazal oil field', ['Jazal'], 'field',
    off(o('C2889'), 315, 35), 15, 'derived: 35 km north-west of OCHA C2889 (تدمر), as press reports place it; radius 15 km', 'approximate')
add('arak-field', 'حقل آراك', ['حقل أراك', 'حقول آراك', 'حقل آراك للغاز'], 'Arak gas field', ['Arak field'], 'field',
    o('C2890'), 8, 'derived: OCHA C2890 (آراك), the village the field is named after; radius 8 km', 'approximate')
add('hayl-field', 'حقل الهيل', ['حقل الهيل للغاز', 'الهيل'], 'Al-Hayl gas field', ['Hayl field'], 'field',
    mid(o('C2890'), o('C2893')), 20, 'derived: midway between OCHA C2890 (آراك) and C2893 (السخنة), as press reports place it; radius 20 km', 'approximate')
add('rmeilan', 'رميلان', ['الرميلان', 'مدينة رميلان'], 'Rmeilan', ['Rumeilan', 'Rmelan', 'Rimelan'], 'town',
    centroid(['C4813', 'C4833']), 5, 'derived: between OCHA C4813 (رميلان فوقاني) and C4833 (رميلان تحتاني); radius 5 km', 'the oil town; OCHA lists only the two villages')
add('rmeilan-fields', 'حقول رميلان', ['حقول نفط رميلان', 'حقل رميلان'], 'Rmeilan oil fields', ['Rumeilan oilfields'], 'field',
    centroid(['C4813', 'C4833']), 25, 'derived: centred between OCHA C4813 and C4833 (رميلان); radius 25 km covers the oil fields of the Al-Malikeyyeh district', 'approximate')
pt, src = wp('Tabqa Dam', 35.8667, 38.5667)
add('euphrates-dam', 'سد الفرات', ['سد الطبقة', 'سد الثورة'], 'Tabqa Dam', ['Euphrates Dam', 'Tabqa dam'], 'dam', pt, 3, src, '')
pt, src = wp('Tishrin Dam', 36.3806, 38.1836)
add('tishrin-dam', 'سد تشرين', [], 'Tishrin Dam', ['Tishreen Dam'], 'dam', pt, 3, src, '')
# ------------------------------------------------------------------ border crossings
add('albukamal-crossing', 'معبر البوكمال', ['معبر القائم', 'معبر البوكمال القائم', 'منفذ القائم', 'معبر البوكمال الحدودي'], 'Al-Bukamal–Al-Qaim crossing', ['Al-Qaim crossing', 'Abu Kamal crossing'], 'crossing',
    off(o('C5167'), 100, 3), 4, 'derived: 3 km east of OCHA C5167 (البوكمال), on the Iraqi border; radius 4 km', '')
add('nasib-crossing', 'معبر نصيب', ['معبر نصيب جابر', 'معبر جابر نصيب', 'معبر نصيب الحدودي'], 'Nasib border crossing', ['Nassib crossing', 'Jaber crossing'], 'crossing',
    off(o('C5999'), 160, 2), 3, 'derived: 2 km south of OCHA C5999 (نصيب), on the Jordanian border; radius 3 km', '')
pt, src = wp('Bab al-Hawa Border Crossing', 36.2311, 36.6481)
add('bab-al-hawa-crossing', 'معبر باب الهوى', ['باب الهوى', 'معبر باب الهوى الحدودي'], 'Bab al-Hawa border crossing', ['Bab al-Hawa', 'Cilvegözü'], 'crossing', pt, 3, src, 'not the Homs village of the same name (OCHA C2902)')
add('bab-al-salama-crossing', 'معبر باب السلامة', ['باب السلامة', 'معبر باب السلامة الحدودي'], 'Bab al-Salameh border crossing', ['Bab al-Salama', 'Öncüpınar'], 'crossing',
    off(o('C1564'), 15, 5.5), 3, 'derived: 5.5 km north-north-east of OCHA C1564 (أعزاز), on the Turkish border; radius 3 km', '')
add('yarubiyah-crossing', 'معبر اليعربية', ['معبر تل كوجر', 'معبر ربيعة'], 'Al-Yarubiyah crossing', ['Tel Kocher crossing', 'Rabia crossing'], 'crossing',
    o('C4969'), 3, 'derived: OCHA C4969 (اليعربية), the border town of the crossing; radius 3 km', '')
tigris = max(SYRIA.exterior.coords if SYRIA.geom_type == 'Polygon' else max(SYRIA.geoms, key=lambda g: g.area).exterior.coords, key=lambda c: c[0])
add('semalka-crossing', 'معبر سيمالكا', ['سيمالكا', 'معبر فيش خابور', 'معبر فيشخابور', 'معبر سيمالكا فيشخابور'], 'Semalka–Faysh Khabur crossing', ['Semalka', 'Faysh Khabur crossing'], 'crossing',
    (tigris[1], tigris[0]), 6, f'derived: the easternmost vertex of the OCHA admin1 union ({tigris[1]:.4f}, {tigris[0]:.4f}), the Tigris tri-border; the crossing is a few km from it; radius 6 km', 'approximate')
add('jdeidet-yabous-crossing', 'معبر جديدة يابوس', ['معبر المصنع', 'معبر جديدة يابوس الحدودي'], 'Jdeidet Yabous border crossing', ['Masnaa crossing'], 'crossing',
    o('C2436'), 3, 'derived: OCHA C2436 (جديدة يابوس), the border village of the crossing; radius 3 km', '')
add('kasab-crossing', 'معبر كسب', ['معبر كسب الحدودي'], 'Kasab border crossing', ['Kessab crossing'], 'crossing',
    off(o('C3557'), 0, 2), 3, 'derived: 2 km north of OCHA C3557 (كسب), on the Turkish border; radius 3 km', '')
tri = min((c for c in (SYRIA.exterior.coords if SYRIA.geom_type == 'Polygon' else max(SYRIA.geoms, key=lambda g: g.area).exterior.coords) if c[0] > 38.0), key=lambda c: c[1])
add('tri-border-jordan-iraq', 'المثلث الحدودي السوري الأردني العراقي', ['المثلث الحدودي مع الأردن والعراق', 'مثلث التنف'], 'Syria–Jordan–Iraq tri-border', ['tri-border area'], 'region',
    (tri[1], tri[0]), 20, f'derived: the southernmost vertex east of 38°E of the OCHA admin1 union ({tri[1]:.4f}, {tri[0]:.4f}); radius 20 km', '')
# ------------------------------------------------------------------ archaeological sites
pt, src = wp('Palmyra', 34.56, 38.2672)
add('palmyra-ruins', 'تدمر الأثرية', ['مدينة تدمر الأثرية', 'آثار تدمر', 'المدينة الأثرية في تدمر', 'تدمر القديمة'], 'Palmyra (ancient city)', ['Palmyra ruins', 'ancient Palmyra'], 'site', pt, 2, src, 'next to the modern town (OCHA C2889)')
pt, src = wp('Resafa', 35.628, 38.757)
add('resafa-site', 'الرصافة الأثرية', ['رصافة هشام', 'سرجيوبوليس', 'سيرجيوبوليس', 'آثار الرصافة', 'مدينة الرصافة الأثرية'], 'Resafa (Sergiopolis)', ['Sergiopolis', 'Rusafa ruins', 'Resafa'], 'site', pt, 2, src, '')
add('al-rusafa-raqqa', 'الرصافة', ['رصافة', 'بلدة الرصافة', 'قرية الرصافة'], 'Al-Rusafa', ['Resafa', 'Rusafa', 'Al-Resafa'], 'village', pt, 3,
    src + '; the modern village lies beside the ruins', 'missing from OCHA (reference SOURCES.md); the two OCHA الرصافة are in Idleb and Hama')
pt, src = wp('Dura-Europos', 34.747, 40.7303)
add('dura-europos', 'دورا أوروبوس', ['دورا أوربوس', 'صالحية الفرات', 'دورا يوروبوس'], 'Dura-Europos', ['Dura Europos', 'Salhiyeh ruins'], 'site', pt, 2, src, 'OCHA C5181 (الصالحية) is 3 km south-east')
pt, src = wp('Mari, Syria', 34.5494, 40.89)
add('mari', 'ماري', ['تل الحريري', 'مملكة ماري', 'مدينة ماري الأثرية'], 'Mari', ['Tell Hariri', 'Mari (Tell Hariri)'], 'site', pt, 2, src, '')
pt, src = wp('Krak des Chevaliers', 34.7569, 36.2947)
add('krak-des-chevaliers', 'قلعة الحصن', ['قلعة الفرسان', 'حصن الأكراد'], 'Krak des Chevaliers', ['Qalaat al-Hisn'], 'site', pt, 1, src, 'OCHA C2841 (الحصن) is the village below it')
pt, src = wp('Ebla', 35.7981, 36.7981)
add('ebla', 'إيبلا', ['ايبلا', 'تل مرديخ', 'مملكة إيبلا'], 'Ebla', ['Tell Mardikh'], 'site', pt, 2, src, '')
pt, src = wp('Apamea, Syria', 35.4186, 36.3981)
add('apamea', 'أفاميا', ['آفاميا', 'أفاميا الأثرية', 'افاميا'], 'Apamea', ['Afamia', 'Apameia'], 'site', pt, 2, src, 'next to OCHA C3207 (قلعة المضيق)')
pt, src = wp("Qal'at Ja'bar", 35.8989, 38.4831)
add('qalat-jabar', 'قلعة جعبر', [], "Qal'at Ja'bar", ['Jabar Castle', 'Qalat Jabar'], 'site', pt, 2, src, '')
pt, src = wp('Church of Saint Simeon Stylites', 36.3342, 36.8442)
add('qalat-siman', 'قلعة سمعان', ['كنيسة القديس سمعان', 'قلعة سمعان العمودي'], "Qal'at Sim'an", ['Church of Saint Simeon', 'Qalat Seman'], 'site', pt, 2, src, '')
pt, src = wp('Rahba Castle', 35.0064, 40.4269)
add('rahba-castle', 'قلعة الرحبة', ['قلعة الرحبة في الميادين'], 'Rahba Castle', ['Qalat al-Rahba'], 'site', pt, 2, src, 'near Al-Mayadin (OCHA C5192)')
pt, src = wp('Qasr al-Hayr al-Sharqi', 35.0719, 39.0714)
add('qasr-al-hayr-sharqi', 'قصر الحير الشرقي', [], 'Qasr al-Hayr al-Sharqi', [], 'site', pt, 5, src, 'radius 5 km: coordinates transcribed offline, not re-verified')
pt, src = wp('Citadel of Aleppo', 36.1993, 37.1627)
add('aleppo-citadel', 'قلعة حلب', [], 'Citadel of Aleppo', ['Aleppo Citadel'], 'site', pt, 1, src, '')
pt, src = wp('Ugarit', 35.6017, 35.7822)
add('ugarit', 'أوغاريت', ['رأس شمرا', 'اوغاريت'], 'Ugarit', ['Ras Shamra'], 'site', pt, 2, src, '')
# ------------------------------------------------------------------ more bases and facilities
add('lafarge-base', 'قاعدة لافارج', ['معمل لافارج', 'معمل إسمنت لافارج', 'قاعدة معمل لافارج', 'قاعدة الجلبية'], 'Lafarge cement plant base', ['Lafarge base', 'Lafarge cement factory'], 'base',
    o('C2068'), 4, 'derived: OCHA C2068 (الجلبية), the village of the Lafarge cement plant; radius 4 km', 'US-led coalition base in the cement plant; approximate')
add('kharab-ishk-base', 'قاعدة خراب عشق', ['قاعدة خراب العاشق'], 'Kharab Ishk base', ['Kharab Eshk base'], 'base',
    o('C2040'), 4, 'derived: OCHA C2040 (خراب العاشق_خراب عشق); radius 4 km', 'US-led coalition base near the village; approximate')
add('saydnaya-prison', 'سجن صيدنايا', ['سجن صيدنايا العسكري'], 'Saydnaya prison', ['Sednaya prison'], 'site',
    o('C2404'), 3, 'derived: OCHA C2404 (صيدنايا); the prison is on the edge of the town; radius 3 km', 'approximate')
add('jamraya-research-centre', 'مركز البحوث العلمية في جمرايا', ['مركز جمرايا', 'مركز البحوث في جمرايا', 'مركز البحوث العلمية بجمرايا'], 'Jamraya research centre', ['Jamraya SSRC'], 'site',
    o('C2325'), 2, 'derived: OCHA C2325 (جمرايا); radius 2 km', 'Scientific Studies and Research Centre site')
add('masyaf-research-centre', 'مركز البحوث العلمية في مصياف', ['مركز البحوث في مصياف', 'مركز البحوث العلمية بمصياف'], 'Masyaf research centre', ['Masyaf SSRC'], 'site',
    o('C3367'), 5, 'derived: OCHA C3367 (مصياف); radius 5 km covers the facilities around the town', 'approximate')
# ------------------------------------------------------------------ Damascus neighbourhoods (OCHA has only Damascus and Yarmouk)
for id, ar, var, en, ven, art, lat, lon, r in [
    ('mezzeh', 'المزة', ['حي المزة', 'المزة فيلات', 'فيلات المزة'], 'Mezzeh', ['Al-Mazzeh', 'Mazzeh'], 'Mezzeh', 33.5, 36.25, 3),
    ('kafr-sousa', 'كفرسوسة', ['كفر سوسة', 'حي كفرسوسة'], 'Kafr Sousa', ['Kafr Souseh', 'Kafarsouseh'], 'Kafr Sousa', 33.4986, 36.2731, 2),
    ('jobar-damascus', 'جوبر', ['حي جوبر'], 'Jobar', ['Jobar (Damascus)'], 'Jobar', 33.5306, 36.3306, 2),
    ('qaboun', 'القابون', ['حي القابون'], 'Qaboun', ['Al-Qaboun'], 'Qaboun', 33.5453, 36.3267, 2),
    ('barzeh', 'برزة', ['حي برزة', 'برزة البلد'], 'Barzeh', ['Barzeh (Damascus)'], 'Barzeh', 33.5558, 36.3167, 2),
    ('tadamon', 'التضامن', ['حي التضامن'], 'Tadamon', ['Al-Tadamon'], 'Tadamon', 33.4775, 36.3106, 2),
    ('rukn-al-din', 'ركن الدين', ['حي ركن الدين'], 'Rukn al-Din', ['Rukneddine'], 'Rukn al-Din', 33.5297, 36.2919, 2),
    ('dummar', 'دمر', ['مشروع دمر', 'ضاحية دمر'], 'Dummar', ['Dumar'], 'Dummar', 33.5275, 36.2344, 3),
]:
    pt, src = wp(art, lat, lon)
    add(id, ar, var, en, ven, 'neighbourhood', pt, r, src, 'Damascus neighbourhood')

# ------------------------------------------------------------------ towns missing from OCHA
add('al-shula', 'الشولا', ['الشولة', 'بلدة الشولا'], 'Al-Shula', ['Shula', 'Al-Shoula'], 'village',
    mid(o('C5091'), o('C5086'), 0.65), 12, 'derived: on the Palmyra–Deir ez-Zor road, 65% of the way from OCHA C5091 (كبا جب) to C5086 (دير الزور); radius 12 km',
    'missing from OCHA (reference SOURCES.md); placed from its position on the highway south-west of Deir ez-Zor as described in the press; approximate')

# ------------------------------------------------------------------ write, with admin fields from the polygons
def admin(lat, lon):
    p = Point(lon, lat)
    a1 = next((n for n, g in A1.items() if g.contains(p)), None)
    if a1 is None:
        a1 = min(A1, key=lambda n: A1[n].distance(p))
    a2 = next((pr for pr, g in A2 if g.contains(p)), None)
    if a2 is None:
        a2 = min(A2, key=lambda t: t[1].distance(p))[0]
    return a1, A1P[a1]['NAME_ARA'], a2['NAME_EN'], a2['NAME_ARA']

cols = ["id", "name_ar", "variants_ar", "name_en", "variants_en", "kind", "lat", "lon", "admin1", "admin2", "admin1_ar", "admin2_ar", "pcode", "population", "uncertainty_km", "source", "notes"]
ids = set()
with open(OUT, 'w', encoding='utf-8', newline='') as fh:
    w = csv.DictWriter(fh, cols, lineterminator='\n')
    w.writeheader()
    for r in rows:
        assert r['id'] not in ids, r['id']; ids.add(r['id'])
        a1, a1ar, a2, a2ar = admin(r['lat'], r['lon'])
        r.update(admin1=a1, admin1_ar=a1ar, admin2=a2, admin2_ar=a2ar, pcode='', population='')
        w.writerow(r)
print(len(rows), 'rows')
for r in rows: print(r['id'], r['lat'], r['lon'], r['admin1'], r['admin2'], r['uncertainty_km'])
