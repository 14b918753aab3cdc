"""What the draft calls hand back beyond the generated models: a downloaded attachment."""

from __future__ import annotations

import attrs

__all__ = ["DraftAttachmentContent"]


@attrs.frozen
class DraftAttachmentContent:
    """The bytes of one draft attachment, as `drafts.download_attachment()` fetched them.

    Attributes:
        content: The file itself.
        filename: Its name (from `Content-Disposition`; `"attachment"` when the server gave none).
        content_type: Its MIME type, without parameters (`"application/pdf"`).
    """

    content: bytes = attrs.field(repr=lambda value: f"<{len(value)} bytes>")
    filename: str
    content_type: str
