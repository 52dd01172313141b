"""Meeting requests of the sample programme: who wants to meet whom, and who does not.

About eighty wishes between the Japanese and Indian organisations of the
sample, most asked by the visitors, some asked both ways (mutual), four
vetoes and a few that cannot be met (the scheduler explains why).  Each
organisation has a base venue where its guests meet it ("the host's venue").
"""

from __future__ import annotations

from typing import NamedTuple

#: Organisation key -> venue key where meetings "at the host's venue" happen.
BASES: dict[str, str] = {
    # Indian hosts: their offices where the sample has them, hotels in Chanakyapuri,
    # Aerocity and Gurugram otherwise
    "maruti": "maruti", "tatamotors": "taj", "agratas": "taj", "tatacapital": "itc",
    "vedanta": "itc", "hindalco": "jw", "attero": "andaz", "lohum": "lohum",
    "mahindra": "gurugram", "ola": "jw", "exide": "andaz", "amararaja": "jw",
    "cellworks": "gurugram", "ganga": "gurugram", "irel": "taj", "kabil": "itc",
    "investindia": "leela", "cii": "taj", "ficci": "itc", "siam": "leela",
    "mhi": "embassy", "mines": "embassy", "niti": "embassy",
    # the visitors receive at their hotel
    "panasonic": "leela", "ttc": "leela", "toyota": "leela", "suzuki": "leela",
    "honda": "leela", "gsyuasa": "leela", "toshiba": "leela", "denso": "leela",
    "smm": "leela", "mitsubishi": "leela", "sojitz": "leela", "shinetsu": "leela",
    "tdk": "leela", "tanaka": "leela", "jic": "leela", "advantage": "leela",
    "sakura": "leela", "kanto": "leela", "jbic": "leela", "nexi": "leela",
    "jogmec": "leela", "meti": "embassy",
}  # fmt: skip


class RequestSpec(NamedTuple):
    requester: str  # organisation key
    target: str  # organisation key, or a person key ("lohum.1")
    priority: str  # must, should, could, no
    duration: int = 60
    interpreter: str = "ja-en"  # "" when both sides share a language
    venue: str = ""  # a venue key; "" = the host's venue; "any"
    not_before: str = ""  # "2 09:00": day and clock in New Delhi
    not_after: str = ""
    attendees: tuple[str, ...] = ()  # person keys; () = the organisations' delegates
    notes: str = ""


R = RequestSpec

REQUESTS: tuple[RequestSpec, ...] = (
    # -- cells and batteries ------------------------------------------------------------
    R("panasonic", "agratas", "must", attendees=("panasonic.1", "agratas.2"),
      notes="Follow-up on the licensing term sheet."),
    R("agratas", "panasonic", "must", attendees=("agratas.2", "panasonic.1")),  # mutual
    R("panasonic", "ola", "should", attendees=("panasonic.3", "ola.0")),
    R("panasonic", "exide", "should", 45, attendees=("panasonic.2", "exide.1")),
    R("gsyuasa", "exide", "must", attendees=("gsyuasa.0", "exide.0")),
    R("exide", "gsyuasa", "should", attendees=("exide.0", "gsyuasa.0")),  # mutual
    R("gsyuasa", "amararaja", "could", 45, attendees=("gsyuasa.1", "amararaja.1")),
    R("toshiba", "amararaja", "must", attendees=("toshiba.0", "amararaja.0")),
    R("toshiba", "ola", "could", 45, attendees=("toshiba.1", "ola.1")),
    R("toshiba", "cellworks", "should", attendees=("toshiba.1", "cellworks.2")),
    R("kanto", "cellworks", "must", attendees=("kanto.0", "cellworks.0")),
    R("cellworks", "kanto", "must", attendees=("cellworks.0", "kanto.0")),  # mutual
    R("kanto", "investindia", "should", 45, "", attendees=("kanto.1", "investindia.2"),
      notes="Land and incentives for a materials plant."),
    R("denso", "mahindra", "should", attendees=("denso.0", "mahindra.0")),
    R("denso", "tatamotors", "could", attendees=("denso.1", "tatamotors.2")),
    R("honda", "ola", "should", attendees=("honda.1", "ola.0")),
    R("honda", "exide", "could", 45, attendees=("honda.1", "exide.2")),
    R("honda", "siam", "could", 45, "", attendees=("honda.2", "siam.0")),
    # -- carmakers -----------------------------------------------------------------------
    R("suzuki", "maruti", "must", 90, attendees=("suzuki.0", "suzuki.1", "maruti.0", "maruti.1")),
    R("maruti", "suzuki", "must", 90, attendees=("maruti.0", "suzuki.0")),  # mutual
    R("suzuki", "attero", "should", attendees=("suzuki.2", "attero.0")),
    R("toyota", "tatamotors", "must", attendees=("toyota.0", "tatamotors.0")),
    R("tatamotors", "toyota", "should", attendees=("tatamotors.0", "toyota.0")),  # mutual
    R("toyota", "mahindra", "should", attendees=("toyota.1", "mahindra.1")),
    R("toyota", "investindia", "could", 45, "", attendees=("toyota.2", "investindia.1")),
    R("mahindra", "denso", "should", attendees=("mahindra.0", "denso.0")),  # mutual
    # -- minerals and processing -------------------------------------------------------------
    R("smm", "vedanta", "must", attendees=("smm.1", "vedanta.1")),
    R("vedanta", "smm", "must", attendees=("vedanta.1", "smm.1")),  # mutual
    R("smm", "hindalco", "could", attendees=("smm.2", "hindalco.0")),
    R("mitsubishi", "hindalco", "must", attendees=("mitsubishi.1", "hindalco.0")),
    R("mitsubishi", "kabil", "should", attendees=("mitsubishi.0", "kabil.0")),
    R("mitsubishi", "vedanta", "should", attendees=("mitsubishi.0", "vedanta.0")),
    R("sojitz", "irel", "must", attendees=("sojitz.0", "irel.0")),
    R("irel", "sojitz", "must", attendees=("irel.0", "sojitz.0")),  # mutual
    R("sojitz", "kabil", "should", attendees=("sojitz.1", "kabil.1")),
    R("shinetsu", "irel", "should", attendees=("shinetsu.0", "irel.1")),
    R("tdk", "irel", "should", attendees=("tdk.0", "irel.1")),
    R("tdk", "mahindra", "could", 45, attendees=("tdk.1", "mahindra.1")),
    R("jogmec", "kabil", "must", attendees=("jogmec.0", "kabil.0")),
    R("kabil", "jogmec", "should", attendees=("kabil.0", "jogmec.0")),  # mutual
    R("jogmec", "mines", "should", venue="embassy", attendees=("jogmec.1", "mines.1")),
    R("shinetsu", "vedanta", "could", attendees=("shinetsu.1", "vedanta.2")),
    # -- recycling --------------------------------------------------------------------------
    R("ttc", "attero", "must", attendees=("ttc.1", "attero.2")),
    R("attero", "ttc", "should", attendees=("attero.2", "ttc.1")),  # mutual
    R("ttc", "lohum", "must", 90, attendees=("ttc.1", "ttc.3", "lohum.0"),
      notes="At the plant: see the black-mass line."),
    R("ttc", "ganga", "could", attendees=("ttc.2", "ganga.0")),
    R("tanaka", "attero", "must", attendees=("tanaka.0", "attero.3"),
      notes="Catalytic-converter recycling: platinum and palladium recovery."),
    R("tanaka", "ganga", "should", attendees=("tanaka.1", "ganga.0")),
    R("ganga", "tanaka", "should", attendees=("ganga.0", "tanaka.1")),  # mutual
    R("smm", "lohum", "should", venue="any", attendees=("smm.0", "lohum.2")),
    R("panasonic", "lohum", "could", venue="any", attendees=("panasonic.3", "lohum.2")),
    R("jic", "attero", "should", attendees=("jic.0", "attero.0")),
    # -- finance ---------------------------------------------------------------------------
    R("jbic", "tatacapital", "must", 45, "", attendees=("jbic.2", "tatacapital.1")),
    R("tatacapital", "jbic", "should", 45, "", attendees=("tatacapital.1", "jbic.2")),  # mutual
    R("nexi", "tatacapital", "should", 45, "", attendees=("nexi.1", "tatacapital.2")),
    R("jbic", "agratas", "should", attendees=("jbic.1", "agratas.0")),
    R("jic", "cellworks", "should", attendees=("jic.1", "cellworks.1")),
    R("advantage", "cellworks", "must", attendees=("advantage.0", "cellworks.1")),
    R("advantage", "ganga", "could", attendees=("advantage.1", "ganga.1")),
    R("sakura", "ola", "should", 45, "", attendees=("sakura.0", "ola.1")),
    R("sakura", "cellworks", "could", 45, "", attendees=("sakura.1", "cellworks.2")),
    R("jic", "ola", "could", 45, attendees=("jic.1", "ola.1")),
    # -- government and associations -----------------------------------------------------------
    R("meti", "mhi", "should", venue="embassy", attendees=("meti.2", "mhi.2")),
    R("meti", "mines", "must", venue="embassy", attendees=("meti.2", "mines.0"),
      notes="Critical-mineral supply chains: the Quad's work."),
    R("mines", "meti", "should", venue="embassy", attendees=("mines.0", "meti.2")),  # mutual
    R("jetro", "cii", "should", 45, "", attendees=("jetro.2", "cii.0")),
    R("jetro", "ficci", "could", 45, "", attendees=("jetro.3", "ficci.0")),
    R("jccii", "siam", "should", 45, "", attendees=("jccii.1", "siam.1")),
    R("jccii", "ficci", "could", 45, "", attendees=("jccii.0", "ficci.1")),
    R("cii", "jbic", "could", 45, "", attendees=("cii.1", "jbic.2")),
    R("investindia", "panasonic", "should", attendees=("investindia.0", "panasonic.0")),
    R("investindia", "tdk", "could", 45, attendees=("investindia.1", "tdk.1")),
    # -- vetoes: one "no" kills the pair ------------------------------------------------------
    R("advantage", "ola", "should", attendees=("advantage.1", "ola.0")),
    R("ola", "advantage", "no", notes="Not while our funding round is open."),
    R("sojitz", "hindalco", "could", attendees=("sojitz.2", "hindalco.1")),
    R("hindalco", "sojitz", "no"),
    R("honda", "mahindra", "could", attendees=("honda.0", "mahindra.1")),
    R("mahindra", "honda", "no", notes="Competing two-wheeler programmes."),
    R("siam", "tanaka", "no"),
    # -- impossible as asked: the scheduler says why ------------------------------------------
    R("toyota", "maruti", "must", 60, attendees=("toyota.0", "maruti.2"),
      not_before="2 09:00", not_after="2 09:45",
      notes="Only before the plant visit leaves: too short a window."),
    R("meti", "lohum", "should", 60, attendees=("meti.1", "lohum.1"),
      not_before="2 09:00", not_after="2 13:00",
      notes="Ms Tanaka and Ms Reddy are both on the site visit that morning."),
    R("tanaka", "exide", "could", 30, "ja-hi", attendees=("tanaka.1", "exide.2"),
      not_before="2 11:00", not_after="2 12:00",
      notes="Japanese–Hindi: the Indian interpreters are all booked then."),
)  # fmt: skip
