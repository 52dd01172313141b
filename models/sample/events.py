"""The events of the sample programme, as plain specifications.

People are named by key (``"<organisation key>.<n>"``, see
:mod:`models.sample.people`); times are wall-clock times in New Delhi on
Tuesday 1 and Wednesday 2 December 2026.
"""

from __future__ import annotations

from typing import NamedTuple

from models.entities import Classification, EventKind, Role

CONFIDENTIAL = Classification.CONFIDENTIAL
RESTRICTED = Classification.RESTRICTED


def staff(org: str, *numbers: int) -> tuple[str, ...]:
    return tuple(f"{org}.{n}" for n in numbers)


class MeetingSpec(NamedTuple):
    """A closed-door or bilateral meeting: the first person chairs it."""

    title: str
    day: int  # 1 = Tue 1 Dec 2026, 2 = Wed 2 Dec 2026
    start: str
    end: str
    venue: str
    room: str
    classification: Classification
    hosts: tuple[str, ...]  # organisation keys
    people: tuple[str, ...]
    interpreter: str
    objectives: str
    kind: EventKind = EventKind.CLOSED_DOOR
    tentative: bool = False


#: The interpreter booked into two overlapping meetings on purpose.
DOUBLE_BOOKED_INTERPRETER = "interpreters.0"

MEETINGS: tuple[MeetingSpec, ...] = (
    # -- Tuesday afternoon, Chanakyapuri and Vasant Kunj ----------------------------
    MeetingSpec("Cell production partnership: Panasonic Energy and Agratas", 1, "15:30", "16:30",
                "leela", "Boardroom 1", CONFIDENTIAL, ("panasonic", "agratas"),
                staff("agratas", 0, 1, 2) + staff("panasonic", 0, 1, 2), "interpreters.1",
                "Explore licensing of cylindrical-cell technology and a supply agreement for "
                "cathode materials; agree next steps on a feasibility study."),
    MeetingSpec("Battery recycling and black mass: Toyota Tsusho and Attero", 1, "15:30", "16:30",
                "taj", "Chambers 1", CONFIDENTIAL, ("ttc", "attero"),
                staff("ttc", 1, 3) + staff("attero", 0, 2), "interpreters.2",
                "Offtake of recovered lithium, nickel and cobalt; collection of end-of-life "
                "packs from Japanese carmakers' Indian operations."),
    MeetingSpec("Financing cleantech manufacturing: JBIC, NEXI and Tata Capital", 1, "15:30",
                "16:30", "itc", "Board Room", CONFIDENTIAL, ("jbic", "tatacapital"),
                staff("tatacapital", 0, 1, 2) + staff("jbic", 0, 1) + staff("nexi", 0, 1),
                "interpreters.3",
                "Co-financing of cell and recycling plants; insurance cover for Japanese "
                "equity in Indian joint ventures."),
    MeetingSpec("METI–MHI bilateral: advanced chemistry cells and supply-chain resilience", 1,
                "15:30", "16:30", "embassy", "Conference Room A", RESTRICTED, ("meti", "mhi"),
                (*staff("meti", 0, 1, 3), "embassy.1", *staff("mhi", 0, 1, 2), "niti.0"),
                "interpreters.4",
                "Review the production-linked incentive scheme for cells; align on the Quad's "
                "critical-mineral supply-chain work.",
                kind=EventKind.BILATERAL),
    MeetingSpec("EV platform and battery localisation: Suzuki and Maruti Suzuki", 1, "17:00",
                "18:00", "maruti", "Board Room", CONFIDENTIAL, ("maruti", "suzuki"),
                staff("maruti", 0, 1, 2) + staff("suzuki", 0, 1, 2), "interpreters.5",
                "Localisation of battery packs and cells for the electric models built in "
                "India; sourcing from Indian recyclers."),
    MeetingSpec("Nickel and cobalt processing: Sumitomo Metal Mining and Vedanta", 1, "17:00",
                "18:00", "taj", "Chambers 2", CONFIDENTIAL, ("smm", "vedanta"),
                staff("smm", 0, 1, 2) + staff("vedanta", 0, 1, 2) + ("jogmec.1",),
                "interpreters.1",
                "A new processing facility for battery-grade nickel and cobalt; technology "
                "transfer and JOGMEC participation."),
    MeetingSpec("Investment pipeline of USD 100–400 million: priorities and facilitation", 1,
                "17:00", "18:00", "embassy", "Conference Room B", RESTRICTED,
                ("mof", "investindia"),
                (*staff("mof", 0, 1), "jbic.0", "jic.0", *staff("investindia", 0, 1), "mines.0"),
                "interpreters.3",
                "Agree the list of priority projects (INR 860–3,500 crore) and the single "
                "window for approvals."),
    MeetingSpec("Rare-earth magnets: Shin-Etsu, Sojitz and IREL", 1, "17:00", "18:00", "itc",
                "Board Room", CONFIDENTIAL, ("shinetsu", "irel"),
                staff("irel", 0, 1) + staff("shinetsu", 0, 1) + ("sojitz.0",), "interpreters.2",
                "Supply of separated rare-earth oxides and a magnet plant in India."),
    # -- Wednesday, Aerocity, Gurugram and Chanakyapuri ------------------------------
    MeetingSpec("Hydrogen fuel cells and EV collaboration: Toyota and Tata Motors", 2, "09:30",
                "10:30", "jw", "Meeting Room 1", CONFIDENTIAL, ("toyota", "tatamotors"),
                staff("tatamotors", 0, 1, 2) + staff("toyota", 0, 1, 2), "interpreters.5",
                "Fuel-cell trucks for Indian corridors; joint testing of hydrogen systems."),
    MeetingSpec("Growth capital for battery-pack makers: Japanese investors and Sample Cell "
                "Works", 2, "09:30", "10:30", "gurugram", "Meeting Room Kiku", CONFIDENTIAL,
                ("cellworks",),
                (*staff("cellworks", 0, 1, 2), "jic.1", *staff("advantage", 0, 1),
                 *staff("sakura", 0, 1)), "",
                "Terms for a minority stake; governance and exit expectations.",
                tentative=True),
    MeetingSpec("Aluminium battery foil: Mitsubishi Corporation and Hindalco", 2, "09:30",
                "10:30", "andaz", "Studio 1", RESTRICTED, ("mitsubishi", "hindalco"),
                staff("hindalco", 0, 1) + staff("mitsubishi", 0, 1), "interpreters.3",
                "Long-term supply of battery-grade aluminium foil to Japanese cell makers."),
    MeetingSpec("Lithium-ion cell technology: GS Yuasa and Exide Energy", 2, "11:00", "12:00",
                "jw", "Meeting Room 1", CONFIDENTIAL, ("gsyuasa", "exide"),
                staff("exide", 0, 1, 2) + staff("gsyuasa", 0, 1), DOUBLE_BOOKED_INTERPRETER,
                "Technical collaboration on cell chemistry and quality systems."),
    MeetingSpec("Lithium-titanate cells for buses and rail: Toshiba and Amara Raja", 2, "11:30",
                "12:30", "jw", "Meeting Room 2", CONFIDENTIAL, ("toshiba", "amararaja"),
                staff("amararaja", 0, 1, 2) + staff("toshiba", 0, 1), DOUBLE_BOOKED_INTERPRETER,
                "Licensing of SCiB cell technology and local pack assembly."),
    MeetingSpec("Securing critical minerals abroad: Sojitz and KABIL", 2, "11:00", "12:00",
                "andaz", "Studio 2", CONFIDENTIAL, ("sojitz", "kabil"),
                (*staff("kabil", 0, 1), "mines.1", *staff("sojitz", 1, 2)), "interpreters.5",
                "Joint bids for lithium and cobalt assets; shared offtake."),
    MeetingSpec("Recycling platinum and palladium from catalytic converters", 2, "14:00",
                "15:00", "gurugram", "Meeting Room Lotus", CONFIDENTIAL, ("tanaka", "ganga"),
                (*staff("ganga", 0, 1), "attero.3", *staff("tanaka", 0, 1)), "interpreters.1",
                "Refining of platinum-group metals recovered in India; a collection network for "
                "spent catalytic converters."),
    MeetingSpec("Fuel-cell and electrification components: DENSO and Mahindra", 2, "14:00",
                "15:00", "andaz", "Studio 1", RESTRICTED, ("denso", "mahindra"),
                staff("mahindra", 0, 1) + staff("denso", 0, 1), "interpreters.3",
                "Local supply of thermal and power-electronics components for electric SUVs."),
    MeetingSpec("Swappable batteries for two-wheelers: Honda and Ola Electric", 2, "14:00",
                "15:00", "jw", "Meeting Room 2", CONFIDENTIAL, ("honda", "ola"),
                staff("ola", 0, 1) + staff("honda", 0, 1, 2), "interpreters.2",
                "Common battery standards and cell supply for swappable packs."),
    MeetingSpec("A separator and electrolyte plant in India: Sample Kanto Cell Materials", 2,
                "14:00", "15:00", "jw", "Meeting Room 3", RESTRICTED, ("kanto", "investindia"),
                ("investindia.2", "mhi.3", *staff("kanto", 0, 1)), "interpreters.4",
                "Site options, incentives and approvals for a first plant."),
    MeetingSpec("Supplier development in India: Japanese buyers and Indian industry bodies", 2,
                "16:00", "17:00", "taj", "Durbar Room", RESTRICTED, ("jetro", "cii"),
                staff("jetro", 3, 5) + staff("jccii", 0, 1) + staff("cii", 0, 1)
                + staff("ficci", 0, 1) + staff("siam", 0, 1), "interpreters.4",
                "Matchmaking of Indian component suppliers with Japanese battery and car makers."),
    MeetingSpec("Recycling joint venture: follow-up to the Lohum visit", 2, "17:30", "18:30",
                "leela", "Boardroom 1", CONFIDENTIAL, ("lohum", "ttc"),
                ("meti.1", "jetro.1", *staff("ttc", 0, 1), *staff("lohum", 0, 2)),
                "interpreters.6",
                "Heads of terms for a joint venture in recycling and refining; technology "
                "transfer and a new processing facility."),
)  # fmt: skip

#: The conference agenda: (start, end, title, speaker key, note on other speakers).
CONFERENCE_AGENDA: tuple[tuple[str, str, str, str, str], ...] = (
    ("09:30", "09:45", "Opening remarks", "embassy.0", ""),
    ("09:45", "10:15", "Keynote: Japan's strategy for storage batteries and critical minerals",
     "meti.0", ""),
    ("10:15", "10:40", "Financing the supply chain: JBIC, NEXI and public–private funds",
     "mof.0", ""),
    ("10:40", "11:00", "India's advanced chemistry cell programme", "mhi.0", ""),
    ("11:00", "11:15", "Tea break", "", ""),
    ("11:15", "12:00", "Panel: cell production and technology transfer", "panasonic.0",
     "with Agratas and Exide Energy"),
    ("12:00", "12:40", "Panel: recycling, black mass and refining", "lohum.0",
     "with Attero and Toyota Tsusho"),
    ("12:40", "13:05", "Rare-earth magnets and mineral processing", "shinetsu.0",
     "with IREL (India) Limited"),
    ("13:05", "13:20", "Catalytic converters and hydrogen: platinum-group metals and fuel cells",
     "tanaka.0", ""),
    ("13:20", "13:30", "Closing: investment facilitation and next steps", "jetro.1",
     "with Invest India"),
)  # fmt: skip

#: Panellists named in the notes above: speakers too.
PANELLISTS = ("agratas.0", "exide.0", "attero.0", "ttc.0", "irel.0")

CONFERENCE_STAFF: dict[str, Role] = {
    "jetro.0": Role.CHAIR,
    "interpreters.0": Role.INTERPRETER,
    "interpreters.1": Role.INTERPRETER,
    "embassy.5": Role.LIAISON,
    "investindia.3": Role.LIAISON,
    "embassy.4": Role.SECURITY,
    "security.0": Role.SECURITY,
    "security.1": Role.SECURITY,
}

#: The site visit: who rides in which vehicle.
VISITORS = (
    "meti.1", "meti.2", "mof.2", "jetro.1", "jetro.2", "jbic.2", "ttc.0", "ttc.2",
    "panasonic.3", "jogmec.0", "interpreters.6", "investindia.3",
)  # fmt: skip
ESCORT = ("embassy.3", "security.1", "security.3")
DRIVERS = ("cars.0", "cars.1")
LOHUM_HOSTS = ("lohum.1", "lohum.0", "lohum.3")  # the first is the host contact

SITE_VISIT_AGENDA: tuple[tuple[str, str, str, str], ...] = (
    ("09:15", "09:45", "Welcome and safety briefing; protective equipment issued", "lohum.3"),
    ("09:45", "11:15", "Tour: battery recycling, refining and cell-materials lines", "lohum.1"),
    ("11:15", "12:15", "Discussion: joint venture and technology transfer", "lohum.0"),
    ("12:15", "12:55", "Working lunch (vegetarian and non-vegetarian)", ""),
)

SAFETY_NOTES = (
    "Safety shoes, high-visibility vest, helmet, safety glasses and gloves are issued at the "
    "gate and must be worn on the plant floor. Wear closed shoes and long trousers; no loose "
    "jewellery. No photography on the plant floor. Stay with the escort and touch no cells, "
    "packs or black-mass containers. Assembly point: the car park by the visitors' gate."
)
