"""Word lists the country evidence rules read: context words around a place name.

Kept apart from the rules so they can be reviewed and extended without touching code.
All matching is on whole words or word starts, case as written unless noted.
"""

from __future__ import annotations

__all__ = [
    "INSTITUTION_WORDS",
    "LOCAL_BODIES",
    "LOCAL_NEWS",
    "NOT_NAME_WORDS",
    "RESIDENTS",
    "SAINTS_HOUSES",
    "SENTENCE_END",
    "SPEECH_VERBS",
    "STREETS",
]

# fmt: off
# Lower-cased words after a demonym that make it institution evidence ("Turkish Armed Forces").
INSTITUTION_WORDS = (
    "armed forces", "army", "navy", "air force", "military", "defense ministry",
    "defence ministry", "foreign ministry", "ministry", "government", "parliament",
    "president", "prime minister", "embassy", "troops", "forces", "police", "central bank",
    "officials", "authorities", "coast guard", "border guards",
)

# Lower-cased words after a capital that make it a government metonym ("Ankara warned").
SPEECH_VERBS = (
    "said", "says", "say", "warned", "warns", "announced", "denied", "accused", "rejected",
    "condemned", "insisted", "claimed", "responded", "threatened", "urged", "called",
    "has", "have", "had", "will", "would", "is", "was",
)

# Capitalised words next to a place name that do not make it a personal name.
NOT_NAME_WORDS = frozenset({
    "Across", "After", "Against", "Airport", "Airways", "All", "An", "And", "Any", "Area",
    "Armed", "Army", "Around", "As", "At", "Avenue", "Basin", "Before", "Between", "Big",
    "Both", "But", "By", "Central", "Chancellor", "Chronicle", "City", "Coastal",
    "College", "Council", "County", "Daily", "Defence", "Defense", "Democratic",
    "Downtown", "Dr", "During", "Each", "East", "Eastern", "Even", "Every", "For",
    "Former", "Fort", "From", "Government", "Greater", "Gulf", "Had", "Has", "Her",
    "Herald", "His", "How", "If", "In", "Including", "Inside", "Is", "Islamic", "Its",
    "Journal", "King", "Lake", "Like", "Little", "Local", "Lower", "Many", "Mayor",
    "Metro", "Minister", "Ministry", "Most", "Mount", "Mr", "Mrs", "Ms", "My", "National",
    "Near", "Nearby", "Neighboring", "Neighbouring", "New", "News", "No", "North",
    "Northern", "Of", "Old", "On", "Only", "Or", "Our", "Outside", "Over", "Parish",
    "Park", "Police", "Port", "Post", "Premier", "President", "Prime", "Province", "Queen",
    "Region", "Republic", "River", "Road", "Rural", "Said", "Saint", "Says", "Sea",
    "Several", "Since", "Some", "South", "Southern", "St", "Star", "State", "Street",
    "Suburban", "That", "The", "Their", "Then", "These", "This", "Those", "Throughout",
    "Times", "To", "Today", "Toward", "Towards", "Township", "Tribune", "Under",
    "University", "Unlike", "Upper", "Upstate", "Valley", "Via", "Visit", "Was", "West",
    "Western", "What", "When", "Where", "While", "Why", "Will", "With", "Within",
    "Without", "Would", "Yesterday", "Your",
    # a headline's verbs around a country that is also a given name ("To Help Israel
    # Battle Blazes", "Egypt, Jordan Coordinate Positions")
    "Help", "Helps", "Aid", "Aids", "Back", "Backs", "Defend", "Defends", "Urge", "Urges",
    "Warn", "Warns", "Meet", "Meets", "Visits", "Join", "Joins", "Sign", "Signs", "Send",
    "Sends", "Arm", "Arms", "Fund", "Funds", "Train", "Trains", "Invade", "Invades",
    "Blame", "Blames", "Accuse", "Accuses", "Threaten", "Threatens", "Attack", "Attacks",
    "Agree", "Battle", "Boost", "Coordinate", "Condemn", "Deepen", "Discuss", "Eye", "Hold",
    "Launch", "Mull", "Pledge", "Reject", "Resume", "Seek", "Slam", "Strike", "Trade", "Vow",
    "Weigh",
})

# "6016 Dublin Road": a street named after a place is no evidence of the place.
STREETS = (
    " Road", " Rd.", " Street", " St.", " Avenue", " Ave.", " Drive", " Dr.", " Lane",
    " Boulevard", " Blvd", " Pike", " Highway", " Hwy", " Turnpike", " Court", " Ct.",
    " Terrace", " Circle",
)

# Lower-cased local bodies after a town ("the Athens Police Department"): the namesake town.
LOCAL_BODIES = (
    "police department", "city hall", "school", "high school", "fire ",
    "sheriff", "township", "board of", "mayor", "city commission", "public library",
    "housing authority", "chamber of commerce", "municipal", "city school", "county",
    "city public", "public schools", "school district", "school board", "elementary",
    "middle school", "parks and recreation", "city manager", "city attorney",
    "planning commission", "zoning", "fire department", "police department",
)

# Lower-cased nouns for a person after "a/an <Place>" ("a Lebanon woman", "an Athens man"):
# local papers name residents by their town; a country's resident is "a Lebanese woman".
RESIDENTS = frozenset({
    "man", "woman", "men", "women", "teen", "teenager", "boy", "girl", "couple",
    "resident", "native", "family", "youth",
})

# Lower-cased first words after a saint's possessive that name a house of that saint, not
# the town: "St. John's Lutheran Church", "St. Michael's Catholic School".
SAINTS_HOUSES = frozenset({
    "church", "cathedral", "chapel", "abbey", "basilica", "parish", "cemetery", "hospital",
    "medical", "school", "academy", "college", "university", "elementary", "high", "middle",
    "catholic", "episcopal", "lutheran", "methodist", "anglican", "presbyterian", "baptist",
    "union", "mercy", "day",
})

# Lower-cased phrases of local (mostly US) news: town government, schools, police, courts.
# In such an article a big foreign city nothing else supports ("Dublin", "Athens") is
# read as the namesake town.
LOCAL_NEWS = (
    "school board", "board of education", "school district", "sheriff",
    "county commission", "township", "parks and recreation", "city manager", "zoning",
    "aldermen", "selectmen", "police chief", "state sen.", "state rep.", "high school",
    "elementary school", "middle school", "police department", "fire chief",
    "district attorney", "county commissioners", "board of supervisors", "state police",
    "village board", "town board", "public works",
    "volunteer fire", "fire department", "state trooper", "county jail", "county clerk",
    "circuit court", "municipal court", "county attorney", "county executive",
    "school superintendent",
)
# fmt: on

SENTENCE_END = frozenset('.!?:;"“”\n—–-')  # a capitalised word after these starts a sentence
