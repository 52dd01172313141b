"""Organisations of the sample programme.

The government bodies, agencies and companies are real and public; their
profiles are short summaries for briefing packs.  Organisations whose name
begins with "Sample" are invented for the sample and stand for no real firm.
"""

from __future__ import annotations

from typing import NamedTuple

from models.entities import OrgKind


class OrgSpec(NamedTuple):
    key: str
    name: str
    country: str
    sector: str
    kind: OrgKind
    profile: str


GOV, CO, INV, AG, ASSOC = (
    OrgKind.GOVERNMENT,
    OrgKind.COMPANY,
    OrgKind.INVESTOR,
    OrgKind.AGENCY,
    OrgKind.ASSOCIATION,
)

ORGANISATIONS: tuple[OrgSpec, ...] = (
    # -- Japan: government and agencies ------------------------------------------
    OrgSpec("mof", "Ministry of Finance, Japan", "JP", "Public finance", GOV,
            "Japan's finance ministry; oversees policy-based finance, including JBIC, and "
            "co-organises the conference on the battery and critical-mineral ecosystem."),
    OrgSpec("meti", "Ministry of Economy, Trade and Industry (METI)", "JP",
            "Industrial and trade policy", GOV,
            "Sets Japan's industrial, energy and trade policy; leads Japan's strategy for "
            "storage batteries and the security of critical-mineral supply chains."),
    OrgSpec("jetro", "Japan External Trade Organization (JETRO)", "JP",
            "Trade and investment promotion", AG,
            "Government-related organisation promoting trade and investment between Japan and "
            "the world; runs an office in New Delhi supporting Japanese firms in India."),
    OrgSpec("embassy", "Embassy of Japan in India", "JP", "Diplomacy", GOV,
            "Japan's diplomatic mission in Chanakyapuri, New Delhi; host of the conference "
            "and the evening reception."),
    OrgSpec("jbic", "Japan Bank for International Cooperation (JBIC)", "JP",
            "Policy-based finance", INV,
            "Japan's policy-based financial institution; lends to and invests in overseas "
            "projects of Japanese companies, including resources and clean-energy supply chains."),
    OrgSpec("nexi", "Nippon Export and Investment Insurance (NEXI)", "JP", "Trade insurance", AG,
            "Japan's official export credit agency; insures overseas investment and lending "
            "against political and commercial risk."),
    OrgSpec("jogmec", "Japan Organization for Metals and Energy Security (JOGMEC)", "JP",
            "Mineral and energy security", AG,
            "Government agency supporting stable supplies of oil, gas and metals; takes "
            "stakes in and finances critical-mineral projects abroad."),
    OrgSpec("jccii", "Japan Chamber of Commerce and Industry in India", "JP", "Business", ASSOC,
            "Association of Japanese companies operating in India; relays members' views on "
            "the business environment to both governments."),
    # -- Japan: companies and investors --------------------------------------------
    OrgSpec("panasonic", "Panasonic Energy Co., Ltd.", "JP", "Lithium-ion batteries", CO,
            "Battery arm of the Panasonic group; makes cylindrical lithium-ion cells for "
            "electric vehicles and energy storage."),
    OrgSpec("ttc", "Toyota Tsusho Corporation", "JP", "Trading, metals and recycling", CO,
            "Trading company of the Toyota group; active in lithium sourcing, metal recycling "
            "and automotive supply chains, with long-standing operations in India."),
    OrgSpec("toyota", "Toyota Motor Corporation", "JP", "Automotive", CO,
            "Japan's largest carmaker; develops hybrid, battery-electric and hydrogen "
            "fuel-cell vehicles."),
    OrgSpec("suzuki", "Suzuki Motor Corporation", "JP", "Automotive", CO,
            "Japanese maker of compact cars and motorcycles; parent company of Maruti Suzuki "
            "India."),
    OrgSpec("honda", "Honda Motor Co., Ltd.", "JP", "Automotive and two-wheelers", CO,
            "Japanese maker of cars, motorcycles and power products; works on swappable "
            "batteries for two-wheelers."),
    OrgSpec("gsyuasa", "GS Yuasa Corporation", "JP", "Batteries", CO,
            "Japanese maker of lead-acid and lithium-ion batteries for vehicles, industry and "
            "space."),
    OrgSpec("toshiba", "Toshiba Corporation", "JP", "Electronics and batteries", CO,
            "Japanese electronics group; makes lithium-titanate (SCiB) rechargeable batteries."),
    OrgSpec("denso", "DENSO Corporation", "JP", "Automotive components", CO,
            "Automotive supplier of the Toyota group; electrification and fuel-cell system "
            "components."),
    OrgSpec("smm", "Sumitomo Metal Mining Co., Ltd.", "JP", "Non-ferrous metals", CO,
            "Miner and smelter of nickel, copper and precious metals; makes cathode materials "
            "for lithium-ion batteries."),
    OrgSpec("mitsubishi", "Mitsubishi Corporation", "JP", "Trading", CO,
            "Japanese trading house with interests in metals, mineral resources, automotive "
            "and energy transition businesses."),
    OrgSpec("sojitz", "Sojitz Corporation", "JP", "Trading, rare earths", CO,
            "Japanese trading house; supplies rare earths to Japanese industry through "
            "long-term offtake arrangements."),
    OrgSpec("shinetsu", "Shin-Etsu Chemical Co., Ltd.", "JP", "Chemicals, rare-earth magnets", CO,
            "Japanese chemicals maker; produces rare-earth permanent magnets used in "
            "electric-vehicle motors."),
    OrgSpec("tdk", "TDK Corporation", "JP", "Electronic components", CO,
            "Japanese maker of electronic components, magnets and small lithium-ion cells."),
    OrgSpec("tanaka", "TANAKA Kikinzoku Kogyo K.K.", "JP", "Precious metals", CO,
            "Japanese precious-metals group; refines and recycles platinum-group metals, "
            "including from spent catalytic converters."),
    OrgSpec("jic", "Japan Investment Corporation (JIC)", "JP", "Public-private investment", INV,
            "Government-backed investment company; funds growth and restructuring in "
            "strategic industries."),
    OrgSpec("advantage", "Advantage Partners", "JP", "Private equity", INV,
            "Tokyo-based private-equity firm investing in Japanese and Asian mid-market "
            "companies."),
    OrgSpec("sakura", "Sample Sakura Growth Partners", "JP", "Private equity", INV,
            "Invented for the sample: a Tokyo growth-equity fund looking at battery-materials "
            "and recycling companies in India."),
    OrgSpec("kanto", "Sample Kanto Cell Materials K.K.", "JP", "Battery materials", CO,
            "Invented for the sample: a Japanese maker of separators and electrolytes "
            "considering a plant in India."),
    # -- India: government and agencies --------------------------------------------
    OrgSpec("mhi", "Ministry of Heavy Industries", "IN", "Industrial policy", GOV,
            "Government of India ministry for the automotive and capital-goods industries; "
            "runs the production-linked incentive scheme for advanced chemistry cells."),
    OrgSpec("mines", "Ministry of Mines", "IN", "Mining policy", GOV,
            "Government of India ministry for mineral policy, including the National Critical "
            "Mineral Mission."),
    OrgSpec("niti", "NITI Aayog", "IN", "Policy think tank", GOV,
            "Government of India's policy think tank; advises on electric mobility and "
            "battery storage."),
    OrgSpec("investindia", "Invest India", "IN", "Investment promotion", AG,
            "India's national investment promotion and facilitation agency; runs a Japan Plus "
            "desk for Japanese investors."),
    OrgSpec("irel", "IREL (India) Limited", "IN", "Rare earths", CO,
            "Government-owned company mining and processing beach-sand minerals and rare "
            "earths."),
    OrgSpec("kabil", "Khanij Bidesh India Ltd (KABIL)", "IN", "Overseas mineral assets", CO,
            "Joint venture of Indian public-sector companies acquiring critical and strategic "
            "mineral assets abroad."),
    # -- India: companies and investors ----------------------------------------------
    OrgSpec("maruti", "Maruti Suzuki India Ltd", "IN", "Automotive", CO,
            "India's largest carmaker by volume, a subsidiary of Suzuki Motor Corporation; "
            "head office in New Delhi, plants in Haryana and Gujarat."),
    OrgSpec("tatamotors", "Tata Motors Ltd", "IN", "Automotive", CO,
            "Carmaker of the Tata group; a leading seller of electric passenger cars in India."),
    OrgSpec("agratas", "Agratas Energy Storage Solutions", "IN", "Battery cells", CO,
            "The Tata group's battery-cell company, building gigafactories in India and the "
            "United Kingdom."),
    OrgSpec("tatacapital", "Tata Capital Ltd", "IN", "Financial services", INV,
            "Financial-services company of the Tata group; lends to and invests in "
            "clean-energy and manufacturing businesses."),
    OrgSpec("vedanta", "Vedanta Ltd", "IN", "Metals and mining", CO,
            "Diversified natural-resources group producing zinc, aluminium, copper and other "
            "metals."),
    OrgSpec("hindalco", "Hindalco Industries Ltd", "IN", "Aluminium and copper", CO,
            "Aditya Birla group metals company; makes aluminium and copper products, "
            "including battery foil."),
    OrgSpec("attero", "Attero Recycling Pvt Ltd", "IN", "E-waste and battery recycling", CO,
            "Recycler of electronic waste and lithium-ion batteries, recovering battery-grade "
            "metals."),
    OrgSpec("lohum", "Lohum Cleantech Pvt Ltd", "IN", "Battery materials and recycling", CO,
            "Produces battery raw materials through recycling and refining, and repurposes "
            "used batteries; facility in Greater Noida, Uttar Pradesh."),
    OrgSpec("mahindra", "Mahindra & Mahindra Ltd", "IN", "Automotive", CO,
            "Indian maker of utility vehicles, tractors and electric vehicles."),
    OrgSpec("ola", "Ola Electric Mobility Ltd", "IN", "Electric two-wheelers and cells", CO,
            "Maker of electric scooters; building a lithium-ion cell factory in Tamil Nadu."),
    OrgSpec("exide", "Exide Energy Solutions Ltd", "IN", "Lithium-ion cells", CO,
            "Lithium-ion cell and pack subsidiary of Exide Industries; building a cell plant "
            "in Bengaluru."),
    OrgSpec("amararaja", "Amara Raja Energy & Mobility Ltd", "IN", "Batteries", CO,
            "Indian battery maker moving from lead-acid into lithium-ion cells and packs."),
    OrgSpec("cellworks", "Sample Cell Works Pvt Ltd", "IN", "Battery packs", CO,
            "Invented for the sample: a Gurugram start-up assembling battery packs for "
            "electric three-wheelers, raising its next round."),
    OrgSpec("ganga", "Sample Ganga Recyclers Pvt Ltd", "IN", "Catalytic-converter recycling", CO,
            "Invented for the sample: a recycler recovering platinum and palladium from spent "
            "catalytic converters."),
    OrgSpec("cii", "Confederation of Indian Industry (CII)", "IN", "Industry", ASSOC,
            "Industry association representing Indian business; runs an India–Japan business "
            "forum."),
    OrgSpec("ficci", "Federation of Indian Chambers of Commerce & Industry (FICCI)", "IN",
            "Industry", ASSOC, "Apex business chamber of India."),
    OrgSpec("siam", "Society of Indian Automobile Manufacturers (SIAM)", "IN", "Automotive",
            ASSOC, "Association of India's vehicle makers."),
    # -- Services for the visit (invented) ---------------------------------------------
    OrgSpec("interpreters", "Sample Interpreting Services Pvt Ltd", "IN", "Interpreting", CO,
            "Invented for the sample: Japanese–English interpreters contracted for the visit."),
    OrgSpec("security", "Sample Secure Escorts Pvt Ltd", "IN", "Security", CO,
            "Invented for the sample: close-protection and convoy security for the visit."),
    OrgSpec("cars", "Sample Capital Car Rentals Pvt Ltd", "IN", "Ground transport", CO,
            "Invented for the sample: chauffeured cars and coaches for the visit."),
)  # fmt: skip
