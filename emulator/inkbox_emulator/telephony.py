"""The telephone world without the database: number allocation, SMS keywords and gates.

Pure functions over plain values (an injected `Ids` for randomness), so that the rules the guide
states can be tested without a server:

- local numbers come from real area codes of the requested US state (or any state), with a
  valid NANP exchange (never N11, never the fictional 555); toll-free numbers from the 8xx
  prefixes;
- inbound CTIA keywords: STOP & co. opt the sender out, START & co. opt it back in, HELP
  asks for help; each gets the carrier-style auto reply;
- outbound SMS gates, checked in the guide's order: sender pending → 409
  `sender_sms_pending`; recipient opted out → 403 `recipient_opted_out`; recipient never
  opted in → 403 `recipient_not_opted_in` (numbers of the sender's own organisation are
  exempt from opt-in, as the docs say).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Literal

import attrs

from inkbox_emulator.clock import Ids

__all__ = [
    "AREA_CODES",
    "STATE_OF_AREA_CODE",
    "TOLL_FREE_PREFIXES",
    "GateRefusal",
    "Keyword",
    "allocate_number",
    "auto_reply_text",
    "check_recipients",
    "check_sender",
    "keyword_of",
]

# Real area codes, by state (plus DC). Enough per state to make numbers look right; the
# emulator never needs every overlay.
AREA_CODES: Mapping[str, tuple[str, ...]] = {
    "AL": ("205", "251", "256", "334"),
    "AK": ("907",),
    "AZ": ("480", "520", "602", "623", "928"),
    "AR": ("479", "501", "870"),
    "CA": ("209", "213", "310", "323", "408", "415", "510", "530", "559", "619", "626", "650",
           "661", "707", "714", "760", "805", "818", "858", "909", "916", "925", "949", "951"),
    "CO": ("303", "719", "720", "970"),
    "CT": ("203", "475", "860", "959"),
    "DE": ("302",),
    "DC": ("202",),
    "FL": ("239", "305", "321", "352", "386", "407", "561", "727", "754", "772", "786", "813",
           "850", "863", "904", "941", "954"),
    "GA": ("229", "404", "470", "478", "678", "706", "762", "770", "912"),
    "HI": ("808",),
    "ID": ("208", "986"),
    "IL": ("217", "224", "309", "312", "331", "618", "630", "708", "773", "779", "815", "847", "872"),
    "IN": ("219", "260", "317", "463", "574", "765", "812", "930"),
    "IA": ("319", "515", "563", "641", "712"),
    "KS": ("316", "620", "785", "913"),
    "KY": ("270", "364", "502", "606", "859"),
    "LA": ("225", "318", "337", "504", "985"),
    "ME": ("207",),
    "MD": ("240", "301", "410", "443", "667"),
    "MA": ("339", "351", "413", "508", "617", "774", "781", "857", "978"),
    "MI": ("231", "248", "269", "313", "517", "586", "616", "734", "810", "906", "947", "989"),
    "MN": ("218", "320", "507", "612", "651", "763", "952"),
    "MS": ("228", "601", "662", "769"),
    "MO": ("314", "417", "573", "636", "660", "816"),
    "MT": ("406",),
    "NE": ("308", "402", "531"),
    "NV": ("702", "725", "775"),
    "NH": ("603",),
    "NJ": ("201", "551", "609", "640", "732", "848", "856", "862", "908", "973"),
    "NM": ("505", "575"),
    "NY": ("212", "315", "332", "347", "516", "518", "585", "607", "631", "646", "680", "716",
           "718", "838", "845", "914", "917", "929", "934"),
    "NC": ("252", "336", "704", "743", "828", "910", "919", "980", "984"),
    "ND": ("701",),
    "OH": ("216", "220", "234", "330", "380", "419", "440", "513", "567", "614", "740", "937"),
    "OK": ("405", "539", "580", "918"),
    "OR": ("458", "503", "541", "971"),
    "PA": ("215", "223", "267", "272", "412", "445", "484", "570", "610", "717", "724", "814", "878"),
    "RI": ("401",),
    "SC": ("803", "843", "854", "864"),
    "SD": ("605",),
    "TN": ("423", "615", "629", "731", "865", "901", "931"),
    "TX": ("210", "214", "254", "281", "325", "346", "361", "409", "430", "432", "469", "512",
           "682", "713", "726", "737", "806", "817", "830", "832", "903", "915", "936", "940",
           "956", "972", "979"),
    "UT": ("385", "435", "801"),
    "VT": ("802",),
    "VA": ("276", "434", "540", "571", "703", "757", "804"),
    "WA": ("206", "253", "360", "425", "509", "564"),
    "WV": ("304", "681"),
    "WI": ("262", "414", "534", "608", "715", "920"),
    "WY": ("307",),
}  # fmt: skip

STATE_OF_AREA_CODE: Mapping[str, str] = {
    code: state for state, codes in AREA_CODES.items() for code in codes
}
TOLL_FREE_PREFIXES: tuple[str, ...] = ("800", "833", "844", "855", "866", "877", "888")
_ALL_AREA_CODES: tuple[str, ...] = tuple(sorted(STATE_OF_AREA_CODE))
# Tries before a crowded area code counts as sold out (the emulator's "no numbers available").
_ATTEMPTS = 64
_N_DIGITS = tuple("23456789")


def _exchange(ids: Ids) -> str:
    """A dialable NANP central-office code: NXX with N in 2-9, never N11 or 555."""
    while True:
        code = ids.choice(_N_DIGITS) + ids.digits(2)
        if code[1:] != "11" and code != "555":
            return code


def allocate_number(
    ids: Ids,
    taken: Callable[[str], bool],
    *,
    kind: Literal["local", "toll_free"],
    state: str | None = None,
) -> tuple[str, str | None] | None:
    """A free E.164 number and its US state (None for toll-free), or None when none is free.

    Args:
        ids: The emulator's source of randomness (seeded runs allocate the same numbers).
        taken: Whether a candidate number already belongs to someone in this emulator.
        kind: `local` or `toll_free`.
        state: Two-letter US state for a local number; any state when None. The caller has
            checked that it is a key of `AREA_CODES`.
    """
    if kind == "toll_free":
        prefixes: Sequence[str] = TOLL_FREE_PREFIXES
    elif state is not None:
        prefixes = AREA_CODES[state]
    else:
        prefixes = _ALL_AREA_CODES
    for _ in range(_ATTEMPTS):
        area = ids.choice(tuple(prefixes))
        number = f"+1{area}{_exchange(ids)}{ids.digits(4)}"
        if not taken(number):
            return number, (None if kind == "toll_free" else STATE_OF_AREA_CODE[area])
    return None


# ───────────────────────────── keywords ─────────────────────────────

Keyword = Literal["stop", "start", "help"]

# CTIA / carrier opt-out and opt-in keywords (a message that is only the keyword).
_KEYWORDS: Mapping[str, Keyword] = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"), "stop"),
    **dict.fromkeys(("START", "UNSTOP", "YES", "SUBSCRIBE", "OPTIN"), "start"),
    **dict.fromkeys(("HELP", "INFO"), "help"),
}  # fmt: skip

_REPLIES: Mapping[Keyword, str] = {
    "stop": "You have successfully been unsubscribed. You will not receive any more messages "
    "from this number. Reply START to resubscribe.",
    "start": "You have successfully been re-subscribed to messages from this number. "
    "Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
    "help": "Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
}


def keyword_of(text: str | None) -> Keyword | None:
    """The keyword an inbound text is, if it is one (case, spaces and end punctuation ignored)."""
    if not text:
        return None
    word = text.strip().rstrip(".!").strip().upper()
    return _KEYWORDS.get(word)


def auto_reply_text(keyword: Keyword) -> str:
    """What the carrier answers a keyword with (stored as an outbound `auto_reply` text)."""
    return _REPLIES[keyword]


# ───────────────────────────── gates ─────────────────────────────


@attrs.frozen
class GateRefusal:
    """Why a send is refused: HTTP status plus the structured `detail` (`SmsGatingDetail`)."""

    status: int
    error: str
    message: str
    recipient: str | None = None

    def detail(self) -> dict[str, str]:
        return {"error": self.error, "message": self.message}


def check_sender(*, sender_type: str, sender_sms_status: str) -> GateRefusal | None:
    """The sender's gates: toll-free sending unavailable, SMS registration not finished.

    Args:
        sender_type: `local` or `toll_free`.
        sender_sms_status: The sender's `sms_status` *as of now*.
    """
    if sender_type == "toll_free":
        return GateRefusal(
            409,
            "toll_free_verification_pending",
            "Toll-free SMS sending is not available yet; send from a local number.",
        )
    if sender_sms_status == "pending":
        return GateRefusal(
            409,
            "sender_sms_pending",
            "This number's SMS registration is still propagating (about 10-15 minutes after "
            "provisioning); retry when sms_status is ready.",
        )
    if sender_sms_status != "ready":
        return GateRefusal(
            409,
            "sender_sms_pending",
            f"This number cannot send SMS (sms_status {sender_sms_status}).",
        )
    return None


def check_recipients(
    recipients: Sequence[str], *, opt_status: Mapping[str, str], own_numbers: Collection[str]
) -> GateRefusal | None:
    """The opt-in gates, all-or-nothing over `recipients` (one refusal refuses the send).

    Args:
        recipients: E.164 recipients of this send.
        opt_status: Per recipient, `opted_in` or `opted_out` (absent = never texted in).
        own_numbers: Active numbers of the sender's organisation (exempt from opt-in).
    """
    for number in recipients:
        if number in own_numbers:
            continue
        status = opt_status.get(number)
        if status == "opted_out":
            return GateRefusal(
                403,
                "recipient_opted_out",
                f"{number} replied STOP; they must text START to a number of this organization "
                "before it can text them again.",
                number,
            )
        if status != "opted_in":
            return GateRefusal(
                403,
                "recipient_not_opted_in",
                f"{number} has not opted in; they must text START to a number of this "
                "organization first.",
                number,
            )
    return None
