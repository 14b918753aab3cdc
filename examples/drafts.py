"""An agent drafts an answer, a reviewer revises it, and the agent sends the reviewed version.

Drafts keep a `generation` that every change bumps: a change made against an older generation
is refused (`DraftGenerationConflictError`, which says the current one), so the agent can never
send — or overwrite — a version nobody reviewed. Run it with `python examples/drafts.py`; it
starts a local emulator in this process.
"""

from __future__ import annotations

import base64

import httpx

from inkbox import DraftGenerationConflictError, Inkbox


def step(text: str) -> None:
    print(f"\n== {text}")


def drafts(base_url: str, api_key: str) -> None:
    """The draft, review and send workflow, on the emulator at `base_url`."""
    with (
        Inkbox(api_key=api_key, base_url=base_url) as inkbox,
        httpx.Client(base_url=f"{base_url}/_emulator") as world,
    ):
        agent = inkbox.create_identity("support-agent")
        assert agent.email_address is not None
        # A customer writes in (the emulator's test hook plays the outside world).
        world.post(
            "/mail/inbound",
            json={
                "to": agent.email_address,
                "from": "dana@example.com",
                "subject": "Refund for order 1042",
                "body_text": "The blender arrived broken. Can I get a refund?",
            },
        ).raise_for_status()
        [question] = list(agent.iter_emails(direction="inbound"))

        step("The agent drafts a reply in the customer's thread")
        draft = agent.create_email_draft(
            to=[question.from_address],
            body_text="Sorry about that! We will refund you within 5 days.",
            in_reply_to_message_id=question.message_id,
        )
        print(f"draft {draft.subject!r} generation {draft.generation}: {draft.body_text}")

        step("A reviewer tightens the wording and attaches the return label")
        reviewed = agent.update_email_draft(
            draft.id,
            generation=draft.generation,
            body_text="Sorry about that! Your refund of $89 is on its way; the label is attached.",
        )
        reviewed = inkbox.drafts.add_attachments(
            agent.email_address,
            draft.id,
            generation=reviewed.generation,
            attachments=[
                {
                    "filename": "return-label.pdf",
                    "content_type": "application/pdf",
                    "content_base64": base64.b64encode(b"%PDF-1.4 label").decode(),
                }
            ],
        )
        print(
            f"generation {reviewed.generation}, attachments "
            f"{[a.filename for a in reviewed.attachment_metadata]}"
        )

        step("The agent's stale copy cannot be sent")
        try:
            agent.send_email_draft(draft.id, generation=draft.generation)
        except DraftGenerationConflictError as error:
            print(f"refused: the draft is at generation {error.current_generation}")

        step("Send the reviewed generation; it joins the customer's thread")
        sent = agent.send_email_draft(draft.id, generation=reviewed.generation)
        thread = agent.get_thread(sent.thread_id)
        print(f"sent {sent.subject!r}; thread has {thread.message_count} messages")
        print(f"drafts left: {len(list(agent.iter_email_drafts()))}")
        outside = world.get("/mail/outside", params={"to": "dana@example.com"}).json()
        print(f"dana received: {outside[-1]['body_text']!r}")


if __name__ == "__main__":
    from inkbox_emulator import run_in_thread

    emulator = run_in_thread()
    try:
        drafts(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("\nDone.")
