"""People of the sample programme: fictional, on reserved example domains.

Names are drawn deterministically from pools of common Japanese and Indian
names (Japanese ones with their kanji); a few people central to the
programme have fixed names so that the documentation can refer to them.
"""

from __future__ import annotations

from typing import NamedTuple

from models.sample.organisations import ORGANISATIONS


class PersonSpec(NamedTuple):
    key: str  # "<organisation key>.<n>", e.g. "meti.1"
    org: str
    family: str
    given: str
    japanese: str
    honorific: str
    position: str
    nationality: str
    languages: tuple[str, ...]
    email: str
    phone: str
    dietary: str
    accessibility: str


#: Positions per organisation, most senior first: one person each.
POSITIONS: dict[str, tuple[str, ...]] = {
    "mof": ("Deputy Director-General, International Bureau",
            "Director, Development Policy Division, International Bureau",
            "Deputy Director, International Bureau", "Section Chief, International Bureau"),
    "meti": ("Deputy Director-General, Trade Policy Bureau",
             "Director, Storage Battery Industry Office",
             "Director, Mineral and Natural Resources Division",
             "Deputy Director, Asia and Pacific Division", "Section Chief, Automobile Division"),
    "jetro": ("Executive Vice President", "Deputy Director, JETRO New Delhi",
              "Director, Investment Promotion", "Senior Director, Business Development",
              "Programme Coordinator", "Research Fellow, South Asia"),
    "embassy": ("Minister (Economic)", "Counsellor (Economic)",
                "First Secretary (Economic)", "Second Secretary (Protocol)", "Head of Security",
                "Liaison Officer"),
    "jbic": ("Managing Executive Officer", "Director General, Industrial Finance Department",
             "Senior Representative, New Delhi Office"),
    "nexi": ("Executive Officer", "Senior Manager, Asia Underwriting"),
    "jogmec": ("Director, Metals Strategy", "Senior Analyst, Battery Minerals"),
    "jccii": ("Executive Committee Member", "Deputy Secretary General"),
    "panasonic": ("Senior Vice President, Business Development", "General Manager, Global Business "
                  "Development", "Chief Engineer, Cell Technology", "Manager, India Strategy"),
    "ttc": ("Managing Executive Officer, Metals Division", "General Manager, Battery Recycling",
            "General Manager, India Operations", "Manager, Lithium Business"),
    "toyota": ("Senior General Manager, Hydrogen Business", "General Manager, India and South Asia",
               "Project Manager, Fuel-Cell Systems"),
    "suzuki": ("Senior Managing Officer", "General Manager, Battery Localisation",
               "Manager, Global Planning"),
    "honda": ("General Manager, Motorcycle Electrification", "General Manager, Battery Swapping",
              "Manager, India Planning"),
    "gsyuasa": ("General Manager, Lithium-ion Business", "General Manager, Overseas Business"),
    "toshiba": ("General Manager, Battery Division", "Senior Manager, SCiB Sales Asia"),
    "denso": ("Senior Director, Electrification", "General Manager, Fuel-Cell Components"),
    "smm": ("Senior Manager, Materials Division", "General Manager, Battery Materials",
            "Manager, Raw Materials Procurement"),
    "mitsubishi": ("General Manager, Mineral Resources Group", "Manager, Aluminium Trading"),
    "sojitz": ("General Manager, Rare Earths", "Manager, Critical Minerals Sourcing",
               "Manager, India Office"),
    "shinetsu": ("General Manager, Magnetic Materials", "Manager, Overseas Procurement"),
    "tdk": ("General Manager, Magnet Business", "Manager, India Sales"),
    "tanaka": ("General Manager, Recycling Business", "Manager, Catalyst Materials"),
    "jic": ("Managing Director", "Investment Director"),
    "advantage": ("Partner", "Principal"),
    "sakura": ("Managing Partner", "Associate"),
    "kanto": ("President", "Manager, Overseas Plant Planning"),
    "mhi": ("Joint Secretary (Automotive)", "Director, Advanced Chemistry Cell Scheme",
            "Deputy Secretary", "Under Secretary"),
    "mines": ("Joint Secretary", "Director, Critical Minerals"),
    "niti": ("Senior Adviser", "Senior Specialist, E-mobility"),
    "investindia": ("Vice President, Japan Plus", "Associate Vice President",
                    "Senior Manager, Japan Plus", "Liaison Officer", "Liaison Officer"),
    "irel": ("General Manager, Rare Earths Division", "Deputy General Manager, Magnet Project"),
    "kabil": ("Chief Manager, Overseas Projects", "Manager, Overseas Assets"),
    "maruti": ("Senior Executive Officer, Engineering", "Executive Director, Supply Chain",
               "Head, EV Programme", "Manager, Corporate Planning"),
    "tatamotors": ("Head, Advanced Engineering", "Head, EV Battery Sourcing",
                   "Senior Manager, Hydrogen Programme"),
    "agratas": ("Vice President, Strategy", "Head, Cell Technology",
                "Head, Strategic Partnerships"),
    "tatacapital": ("Head, Cleantech Finance",
                    "Vice President, Infrastructure Finance", "Associate Vice President"),
    "vedanta": ("Head, Critical Minerals Business Development", "Head, Nickel and Cobalt",
                "Manager, Business Development"),
    "hindalco": ("Head, Battery Foil Business", "Manager, Strategy"),
    "attero": ("Vice President, Business Development", "Head, Research and Development",
               "Head, International Partnerships", "Manager, Catalyst Recycling"),
    "lohum": ("Vice President, Strategy and Partnerships",
              "Deputy General Manager, Plant Operations",
              "Head, Government Relations", "Plant Safety Manager", "Manager, Visitor Programme"),
    "mahindra": ("Head, EV Technology", "Manager, Supplier Development"),
    "ola": ("Head, Cell Programme", "Manager, Materials Sourcing"),
    "exide": ("Vice President, Cell Business", "Head, Technology Partnerships",
              "Manager, Procurement"),
    "amararaja": ("Head, New Energy", "Manager, Partnerships", "Manager, Cell Engineering"),
    "cellworks": ("Founder and CEO", "Chief Financial Officer", "Head, Engineering"),
    "ganga": ("Managing Director", "Plant Manager"),
    "cii": ("Director, India–Japan Business Forum", "Deputy Director"),
    "ficci": ("Director, International Affairs", "Senior Assistant Director"),
    "siam": ("Senior Director", "Deputy Director"),
    "interpreters": ("Interpreter (Japanese–English)",) * 7,
    "security": ("Security Team Leader", "Close-Protection Officer", "Close-Protection Officer",
                 "Convoy Security Officer"),
    "cars": ("Coach Driver", "Driver", "Driver"),
}  # fmt: skip

#: Fixed names (family, given, Japanese script, honorific, nationality).
NAMED: dict[str, tuple[str, str, str, str, str]] = {
    "mof.0": ("Kobayashi", "Hiroshi", "小林 浩", "Mr", "JP"),
    "meti.0": ("Watanabe", "Kenji", "渡辺 健二", "Mr", "JP"),
    "meti.1": ("Tanaka", "Aiko", "田中 愛子", "Ms", "JP"),
    "embassy.0": ("Yamaguchi", "Makoto", "山口 誠", "Mr", "JP"),
    "jetro.4": ("Ishikawa", "Yoko", "石川 陽子", "Ms", "JP"),
    "mhi.0": ("Mehta", "Arvind", "", "Shri", "IN"),
    "lohum.1": ("Reddy", "Kavya", "", "Ms", "IN"),
    "interpreters.0": ("Sato", "Misaki", "佐藤 美咲", "Ms", "JP"),
    "interpreters.1": ("Nakamura", "Yuko", "中村 優子", "Ms", "JP"),
    "interpreters.2": ("Kimura", "Ryo", "木村 亮", "Mr", "JP"),
    "interpreters.3": ("Mori", "Chihiro", "森 千尋", "Ms", "JP"),
    "interpreters.4": ("Iyer", "Lakshmi", "", "Ms", "IN"),
    "interpreters.5": ("Menon", "Rohan", "", "Mr", "IN"),
    "interpreters.6": ("Bose", "Ananya", "", "Ms", "IN"),
}

_JP_FAMILY = (
    ("Tanaka", "田中"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Ito", "伊藤"),
    ("Yamamoto", "山本"), ("Kato", "加藤"), ("Yoshida", "吉田"), ("Yamada", "山田"),
    ("Sasaki", "佐々木"), ("Matsumoto", "松本"), ("Inoue", "井上"), ("Hayashi", "林"),
    ("Saito", "斎藤"), ("Shimizu", "清水"), ("Yamazaki", "山崎"), ("Ikeda", "池田"),
    ("Hashimoto", "橋本"), ("Abe", "阿部"), ("Maeda", "前田"), ("Fujita", "藤田"),
    ("Ogawa", "小川"), ("Okada", "岡田"), ("Hasegawa", "長谷川"), ("Murakami", "村上"),
    ("Kondo", "近藤"), ("Sakamoto", "坂本"), ("Endo", "遠藤"), ("Aoki", "青木"),
    ("Fujii", "藤井"), ("Nishimura", "西村"), ("Fukuda", "福田"), ("Ota", "太田"),
    ("Miura", "三浦"), ("Okamoto", "岡本"), ("Matsuda", "松田"), ("Nakagawa", "中川"),
    ("Harada", "原田"), ("Ono", "小野"), ("Takeuchi", "竹内"), ("Kaneko", "金子"),
    ("Wada", "和田"),
)  # fmt: skip
_JP_GIVEN = (
    ("Daisuke", "大輔", "m"), ("Naoki", "直樹", "m"), ("Yumi", "由美", "f"),
    ("Keiko", "恵子", "f"), ("Takashi", "隆", "m"), ("Satoshi", "聡", "m"),
    ("Mariko", "真理子", "f"), ("Takuya", "拓也", "m"), ("Kenta", "健太", "m"),
    ("Aya", "彩", "f"), ("Kazuya", "和也", "m"), ("Tomoko", "智子", "f"),
    ("Shota", "翔太", "m"), ("Nana", "奈々", "f"), ("Kumiko", "久美子", "f"),
    ("Manabu", "学", "m"), ("Tatsuya", "達也", "m"), ("Kaori", "香織", "f"),
    ("Osamu", "修", "m"), ("Masato", "雅人", "m"), ("Emi", "恵美", "f"),
    ("Haruto", "陽斗", "m"), ("Sakura", "さくら", "f"), ("Yuki", "由紀", "f"),
    ("Hideki", "秀樹", "m"), ("Noriko", "典子", "f"), ("Shin", "伸", "m"),
    ("Akira", "明", "m"), ("Midori", "みどり", "f"),
)  # fmt: skip
_IN_FAMILY = (
    "Sharma", "Verma", "Gupta", "Nair", "Kapoor", "Singh", "Chatterjee", "Banerjee", "Rao",
    "Joshi", "Kulkarni", "Desai", "Patel", "Agarwal", "Bhatia", "Malhotra", "Saxena", "Pillai",
    "Krishnan", "Das", "Mukherjee", "Chopra", "Sethi", "Khanna", "Trivedi", "Ghosh", "Sinha",
    "Bhattacharya", "Hegde", "Naidu", "Kaur",
)  # fmt: skip
_IN_GIVEN = (
    ("Arjun", "m"), ("Priya", "f"), ("Vikram", "m"), ("Meera", "f"), ("Rahul", "m"),
    ("Sneha", "f"), ("Aditya", "m"), ("Divya", "f"), ("Karan", "m"), ("Pooja", "f"),
    ("Sanjay", "m"), ("Neha", "f"), ("Nikhil", "m"), ("Radhika", "f"), ("Amit", "m"),
    ("Anjali", "f"), ("Suresh", "m"), ("Shreya", "f"), ("Rajesh", "m"), ("Isha", "f"),
    ("Manish", "m"), ("Deepa", "f"), ("Deepak", "m"), ("Tara", "f"), ("Varun", "m"),
    ("Aarti", "f"), ("Harish", "m"),
)  # fmt: skip

#: Every n-th person (by number) with this need, per nationality; the last match wins.
_DIETARY = {
    "JP": ((7, "vegetarian"), (11, "no shellfish"), (17, "nut allergy (severe)"),
           (37, "gluten-free")),
    "IN": ((5, "vegetarian"), (11, "no beef"), (13, "Jain vegetarian: no onion, garlic or "
           "root vegetables"), (17, "nut allergy (severe)"), (29, "halal"), (37, "vegan")),
}  # fmt: skip
_ACCESSIBILITY = {
    "mof.0": "Walks with a stick: step-free routes and a seat near the front, please.",
    "jogmec.0": "Hard of hearing: a seat near the speakers; a hearing loop where available.",
    "cii.0": "Uses a wheelchair: step-free access and an accessible vehicle needed.",
}
_GOVERNMENT_IN = {"mhi", "mines", "niti"}


def _honorific(org: str, nationality: str, gender: str, position: str, n: int) -> str:
    if "Chief Technology" in position or "Research" in position or "Chief Engineer" in position:
        return "Dr"
    if nationality == "IN" and org in _GOVERNMENT_IN:
        return "Shri" if gender == "m" else "Smt."
    return "Mr" if gender == "m" else "Ms"


def _languages(org: str, nationality: str) -> tuple[str, ...]:
    if org == "interpreters":
        return ("ja", "en", "hi") if nationality == "IN" else ("ja", "en")
    return ("ja", "en") if nationality == "JP" else ("en", "hi")


def people_specs() -> list[PersonSpec]:
    """Every sample person, organisation by organisation, in a fixed order."""
    country = {o.key: o.country for o in ORGANISATIONS}
    used = {(f, g) for f, g, *_ in NAMED.values()}
    emails: set[str] = set()
    specs: list[PersonSpec] = []
    jp = indian = 0
    for org in (o.key for o in ORGANISATIONS):
        for n, position in enumerate(POSITIONS.get(org, ())):
            key = f"{org}.{n}"
            if key in NAMED:
                family, given, japanese, honorific, nationality = NAMED[key]
            elif country[org] == "JP":
                nationality = "JP"
                while True:
                    fam, fam_jp = _JP_FAMILY[(jp * 7) % len(_JP_FAMILY)]
                    giv, giv_jp, gender = _JP_GIVEN[(jp * 11) % len(_JP_GIVEN)]
                    jp += 1
                    if (fam, giv) not in used:
                        break
                family, given, japanese = fam, giv, f"{fam_jp} {giv_jp}"
                honorific = _honorific(org, nationality, gender, position, jp)
            else:
                nationality = "IN"
                while True:
                    family = _IN_FAMILY[(indian * 7) % len(_IN_FAMILY)]
                    given, gender = _IN_GIVEN[(indian * 5) % len(_IN_GIVEN)]
                    indian += 1
                    if (family, given) not in used:
                        break
                japanese = ""
                honorific = _honorific(org, nationality, gender, position, indian)
            used.add((family, given))
            number = len(specs) + 1
            domain = {"JP": "example.jp", "IN": "example.in"}[country[org]]
            if org in {"interpreters", "security", "cars"}:
                domain = "example.org"
            local = f"{given}.{family}".lower().replace(" ", "")
            email = f"{local}@{domain}"
            suffix = 2
            while email in emails:
                email, suffix = f"{local}{suffix}@{domain}", suffix + 1
            emails.add(email)
            prefix = "+81 3 0000" if nationality == "JP" else "+91 11 0000"
            dietary = next(
                (d for step, d in reversed(_DIETARY[nationality]) if number % step == 0), ""
            )
            specs.append(
                PersonSpec(
                    key=key,
                    org=org,
                    family=family,
                    given=given,
                    japanese=japanese,
                    honorific=honorific,
                    position=position,
                    nationality=nationality,
                    languages=_languages(org, nationality),
                    email=email,
                    phone=f"{prefix} {number:04d}",
                    dietary=dietary,
                    accessibility=_ACCESSIBILITY.get(key, ""),
                )
            )
    return specs
