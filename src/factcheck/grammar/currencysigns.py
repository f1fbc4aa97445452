"""Currency signs written before an amount: the dollar, euro and pound signs, ISO codes ("HUF 371,131",
"KES 4.6 billion") and the signs statistics offices print for their own currency: "KSh 4.6 billion"
(Kenya shillings), "Rs 12.3 crore" (rupees), "N$ 450 million" (Namibia dollars), "NT$39,318" (New
Taiwan dollars), "TSh", "USh", "Rwf", "GH₵", "₦". A letter R (rand) or N (naira) counts only before a
scaled amount ("R 1.2 million", "R95,2 billion", "N2,487.8 billion"): alone it names too much else
(R2, "R 5", N95). A letter P (pula) counts before a scaled amount or one with its thousands grouped
("P6,052", "P 6,088"): a code or a page is written without a group separator (P0211, "P 5"); so
do the letters VT or Vt (vatu: "VT 3,212 million"). A letter
K (kwacha, Zambia's and Malawi's alike) counts before a scaled amount or one in cents ("K107.3 million",
"K68.4m", "K71.00"): a bare "K5" is a grade, a size or a thousand; the unit is "kwacha", which the unit
table reads as money, since "K" alone reads as the scale word thousand.

The Gulf, Arab and South Asian offices print their own abbreviations: "SR98.36 billion" (Saudi riyals),
"QR", "BD", "KD", "RO" (rial Omani), "JD", "LE" (Egyptian pounds), "Dh"/"Dhs" (dirhams, the UAE's or
Morocco's: the unit is "dirhams"), "Tk" (taka), "Nu." (ngultrum). A capital pair is also an initial, a
state, a code or a word ("QR code", "SR 20", "RO 5"), so it counts only glued to a scaled, grouped or
decimal figure ("KD1.2 million", "QR12,400", "BD0.450"); "Dh", "Dhs", "Tk" and "Nu." may stand a space
before the figure, which must be scaled or grouped ("Dhs 4.5 billion", "Tk 1,250").

Why: read as no unit, the amount could not be told from a count; read as "$" ("N$ 450 million" once
was), it was a US dollar amount, and any check against it compared unlike currencies.
"""

from __future__ import annotations

import re

#: ISO 4217 codes a release may print before a figure (a code needs a space, or nothing, after it).
ISO_CODES = frozenset(
    """USD EUR GBP JPY HKD KRW CNY RMB MYR SGD INR ZAR CAD AUD NZD SEK NOK DKK ISK CHF PLN CZK HUF RON BGN
    RUB TRY UAH BRL MXN ARS CLP COP PEN IDR PHP THB VND TWD PKR BDT LKR NPR ILS AED SAR QAR KWD EGP MAD
    TND NGN GHS KES TZS UGX RWF BIF ETB MWK ZMW MZN NAD BWP LSL SZL MUR SCR MGA XOF XAF GEL AMD AZN KZT KGS
    UZS MNT JOD OMR BHD IQD MVR GMD SLL LRD GYD BSD BBD BZD TTD JMD FJD WST BMD VUV BND PGK SBD XCD BTN""".split()
)

#: Written signs other than the ISO codes, longest first where one begins another.
_WORD_SIGNS = r"US\$|HK\$|NZ\$|NT\$|N\$|A\$|C\$|S\$|SI\$|EC\$|T\$|KShs?|Kshs?|TSh|Tsh|USh|Rs\.?|Rwf|Frw|RM|GH₵"
_SYMBOLS = r"[$€£¥₹₦₱₩₽₺₵]"

#: A currency sign ending a text (the text before a number); group 1 is the sign as written.
SIGN_AT_END = re.compile(
    rf"((?<![A-Za-z])(?:{_WORD_SIGNS})|{_SYMBOLS}|(?<![A-Za-z])(?:{'|'.join(sorted(ISO_CODES))})(?=\s|$))\s?$"
)

_RAND = re.compile(r"(?<![A-Za-z])R\s?$")
_NAIRA = re.compile(r"(?<![A-Za-z])N$")
_PULA = re.compile(r"(?<![A-Za-z])P\s?$")
_VATU = re.compile(r"(?<![A-Za-z])V[Tt]\s?$")
_KWACHA = re.compile(r"(?<![A-Za-z])K$")
#: Capital letter pairs of a currency, read only when glued to a scaled, grouped or decimal figure.
_GLUED_PAIRS = {"SR": "SAR", "QR": "QAR", "BD": "BHD", "KD": "KWD", "RO": "OMR", "JD": "JOD", "LE": "EGP"}
_GLUED_PAIR = re.compile(rf"(?<![A-Za-z])({'|'.join(_GLUED_PAIRS)})$")
#: Abbreviations that are not words, read before a scaled or grouped figure, a space allowed.
_SPACED_ABBREVIATIONS = {"Dhs": "dirhams", "Dh": "dirhams", "Tk": "BDT", "Nu": "BTN"}
_SPACED_ABBREVIATION = re.compile(r"(?<![A-Za-z])(Dhs|Dh|Tk\.?|Nu\.?)\s?$")
_DECIMAL = re.compile(r"\d[\d,]*\.\d+(?![\d,]|\.\d)")
_CENTS = re.compile(r"\d{1,3}(?:,\d{3})*\.\s?\d{2}(?![\d,]|\.\d)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
_SCALED = re.compile(r"\d[\d,]*(?:(?<=,)\s\d{3})?(?:\.\d+)?\s?(?:million|billion|trillion|bn|m|crore|lakh)\b")


#: A currency sign, then the scale of the figures after it: "Rs. Million 8,622,825", "USD bn 4.2".
_SIGN_THEN_SCALE = re.compile(
    rf"((?:(?<![A-Za-z])(?:{_WORD_SIGNS})|{_SYMBOLS}|(?<![A-Za-z])(?:{'|'.join(sorted(ISO_CODES))}))\.?\s?"
    r"(?i:thousand|million|billion|trillion|mn|bn|crore|lakh))\s$"
)


def sign_before(folded: str, value_start: int) -> tuple[str | None, int]:
    """The currency sign written right before the number at `value_start`: (sign, where it starts); a sign
    with its scale word ("Rs. Million") is returned whole, the unit of the figure."""
    head = folded[max(0, value_start - 6) : value_start]
    match = SIGN_AT_END.search(head)
    if match:
        return match.group(1).rstrip("."), value_start - (len(head) - match.start())
    wide = folded[max(0, value_start - 20) : value_start]
    scaled = _SIGN_THEN_SCALE.search(wide)
    if scaled:
        return scaled.group(1), value_start - (len(wide) - scaled.start())
    for letter, code in ((_RAND, "ZAR"), (_NAIRA, "NGN")):
        found = letter.search(head)
        if found and _SCALED.match(folded, value_start):  # "R1.2 billion": rand; "N2,487.8 billion": naira
            return code, value_start - (len(head) - found.start())
    pula = _PULA.search(head)
    if pula and (_SCALED.match(folded, value_start) or _GROUPED.match(folded, value_start)):
        return "BWP", value_start - (len(head) - pula.start())  # "P6,052": pula
    vatu = _VATU.search(head)  # "VT 3,212 million", "Vt2.9 billion": vatu (a bare "VT 5" is a state, a grade)
    if vatu and (_SCALED.match(folded, value_start) or _GROUPED.match(folded, value_start)):
        return vatu.group().strip(), value_start - (len(head) - vatu.start())
    kwacha = _KWACHA.search(head)
    if kwacha and (_SCALED.match(folded, value_start) or _CENTS.match(folded, value_start)):
        return "kwacha", value_start - (len(head) - kwacha.start())  # "K71.00", "K68.4m": kwacha
    return _office_abbreviation(folded, value_start, head)


def _office_abbreviation(folded: str, value_start: int, head: str) -> tuple[str | None, int]:
    """A Gulf, Arab or South Asian office's abbreviation before the figure: (its currency, where it starts)."""
    scaled_or_grouped = _SCALED.match(folded, value_start) or _GROUPED.match(folded, value_start)
    pair = _GLUED_PAIR.search(head)
    if pair and (scaled_or_grouped or _DECIMAL.match(folded, value_start)):
        return _GLUED_PAIRS[pair.group(1)], value_start - (len(head) - pair.start())
    spaced = _SPACED_ABBREVIATION.search(head)
    if spaced and scaled_or_grouped:
        return _SPACED_ABBREVIATIONS[spaced.group(1).rstrip(".")], value_start - (len(head) - spaced.start())
    return None, value_start
