"""English numbers that define a class of what is counted, not a count: sizes, weights, durations.

"buildings with five units or more" and "firms with 250 employees or more" bound a class by its size;
"heifers 500 pounds and over", "calves under 500 pounds" and "steers weighing 500 pounds" bound a class
of livestock by its weight. Each entry is a pattern and the words that must be in the paragraph for it
to run (`noise.noise_spans`).
"""

from __future__ import annotations

import re

# a class defined by a size: "buildings with five units or more", "firms with 250 employees or more"
SIZE_CLASS = (
    re.compile(
        r"(?i)(?<=\bwith )(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"
        r"\s+[a-z]+(?:\s+[a-z]+)?\s+or\s+(?:more|fewer|less|over|above|under)\b"
    ),
    ("or more", "or fewer", "or less", "or over", "or above", "or under"),
)

_WEIGHT = r"\d{1,4}\s+(?:pounds|lbs?\.?|kilograms|kg)"
# a class defined by a weight: "heifers 500 pounds and over", "calves under 500 pounds", "steers
# weighing 500 pounds"; a weight measured ("averaged 1,380 pounds", "500 million pounds") is no class
WEIGHT_CLASS = (
    re.compile(
        rf"(?i)(?<![\d.,]){_WEIGHT}\s+(?:and|or)\s+(?:over|more|above|heavier|under|less|lighter)\b"
        rf"|(?<=\bweighing )(?:(?:over|under|less than|more than)\s+)?{_WEIGHT}\b(?!\s+(?:each|per|a\b))"
        rf"|(?<=[a-z] )(?:under|below|over|above)\s+{_WEIGHT}\b(?=\s*(?:[,;(]|\band\b|\bor\b|$))"
    ),
    ("pound", "lb", "kilogram", "kg"),
)

# a coverage threshold after a plural noun: "hotels etc. with at least 40 beds", "camping sites with a
# capacity of at least 75 guests per night", "firms with at least 10 employees" (who is counted, no count)
COVERAGE_CLASS = (
    re.compile(
        r"(?i)\b(?:[a-z]{2,}s|etc\.)\s+with\s+(?:a\s+(?:capacity|size|turnover)\s+of\s+)?(?:at\s+least|a\s+minimum\s+of)"
        r"\s+(?P<t>\d{1,3}(?:,\d{3})?)(?![\d.,%])"
    ),
    ("at least", "minimum of"),
)

# a class defined by a duration: "job seekers whose registration period is greater than 6 months",
# "-16.8% for registration periods of 7 to 11 months" (a comparison or a range: "an average duration
# of 14 months" is a statistic)
DURATION_CLASS = (
    re.compile(
        r"(?i)\b(?:periods?|duration|spells?|length|seniority|tenure)\s+(?:is\s+|are\s+|was\s+|of\s+)?"
        r"(?P<t>(?:(?:(?:greater|longer|more|less|shorter)\s+than|over|under|up\s+to|at\s+least)\s+\d{1,3}"
        r"|(?:between\s+)?\d{1,3}\s*(?:to|-|–|and)\s*\d{1,3})\s+(?:months?|years?|weeks?|days?))\b"
    ),
    ("period", "duration", "spell", "length", "seniority", "tenure"),
)

# a ranking's cut, not a count: "the top five occupations", "the bottom 10 regions"
RANKING_CUT = re.compile(
    r"(?i)\b(?:top|bottom)\s+(?P<t>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b(?=\s+[a-z])"
)

# the size of the item priced, not a statistic: "the price of a 25kg bag of maize meal", "the price of 1kg
# of tomatoes", "price of 1 kg tomatoes", "the price of a 2-litre bottle" (the figure the text states is the price)
PRICED_ITEM_SIZE = (
    re.compile(
        r"(?i)\bprices?\s+(?:of|for)\s+(?:(?:a|an|one|the)\s+)?"
        r"(?P<t>\d{1,4}(?:\.\d{1,2})?\s?-?\s?(?:kg|kilograms?|g|grams?|l|litres?|liters?|ml|lbs?|pounds|tonnes?|oz))\b"
    ),
    ("price",),
)

# the energy that defines a food basket or a poverty line, not a statistic: "a minimum food basket representing
# 2 100 calories", "the food poverty line is based on a requirement of 2,400 kcal" (an intake measured, "an
# average intake of 2,150 kcal", is a statistic)
FOOD_ENERGY_NORM = (
    re.compile(
        r"(?i)\b(?:basket|requirements?|norm|threshold)\s+(?:[a-z]+\s+){0,3}?"
        r"(?:of|representing|providing|containing|with|at|equal\s+to)\s+(?:about\s+|approximately\s+)?"
        r"(?P<t>\d{1,2}[ ,]?\d{3})\s*(?:kilo)?(?:calories|kcal)\b"
    ),
    ("calorie", "kcal"),
)

#: The size or the energy that defines the item a figure is about.
ITEM_DEFINITIONS = (PRICED_ITEM_SIZE, FOOD_ENERGY_NORM)
