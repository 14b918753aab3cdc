"""0.3.1's names for models we export under the spec's (guide's) names, so code written
against that release imports them unchanged: `from inkbox import Domain` is our
`SendingDomain`, and so on. Imported only when one of them is used."""

from __future__ import annotations

from inkbox_api.models import ContactAccessGrant as ContactAccess
from inkbox_api.models import IdentityMailboxCreate as IdentityMailboxCreateOptions
from inkbox_api.models import IdentityPhoneNumberCreate as IdentityPhoneNumberCreateOptions
from inkbox_api.models import NoteAccessGrant as NoteAccess
from inkbox_api.models import RotatedTunnelSecret as RotatedSecret
from inkbox_api.models import SendingDomain as Domain
from inkbox_api.models import TextMedia as TextMediaItem
from inkbox_api.models import VaultAccessRule as AccessRule

__all__ = [
    "AccessRule",
    "ContactAccess",
    "Domain",
    "IdentityMailboxCreateOptions",
    "IdentityPhoneNumberCreateOptions",
    "NoteAccess",
    "RotatedSecret",
    "TextMediaItem",
]
