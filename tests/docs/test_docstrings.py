"""Every public class, method and function of `inkbox` has a docstring and an `Args:` entry
for each parameter: the API reference (docs/reference/) is made of these docstrings."""

from __future__ import annotations

from tests.docs.docstring_audit import _check_callable, args_documented, audit, public_surface


def test_the_surface_audited_is_the_public_one() -> None:
    """The walk reaches the clients, identities, resources, the vault and tunnels."""
    names = {item.__name__ for item in public_surface()}
    expected = {
        "AsyncInkbox",
        "AsyncAgentIdentity",
        "AsyncMessagesResource",
        "AsyncContactAccessResource",
        "AsyncUnlockedVault",
        "Credentials",
        "TunnelListener",
        "AsyncTunnelListener",
        "InkboxAPIError",
        "verify_webhook",
        "LoginPayload",
        "AsyncPager",
    }
    assert expected <= names, sorted(expected - names)


def test_args_sections_are_read_as_google_style() -> None:
    doc = """Summary.

    Args:
        first: One.
            Continued: not an entry.
        *rest: Two.
        **extra (dict): Three.

    Returns:
        value: not an argument.
    """
    assert args_documented(doc) == {"first", "rest", "extra"}


def test_every_public_method_has_a_docstring_and_args() -> None:
    gaps = audit()
    assert not gaps, (
        f"{len(gaps)} docstring gaps (Google style; fix `_async/` and run `make generate` for "
        "the sync twins; constructor arguments go in the class docstring's Args/Attributes; "
        "`python tools/fill_docstring_args.py` copies the words of the resource method a "
        "delegate names, or of a sibling, and prints what is left):\n" + "\n".join(gaps)
    )


def test_an_entry_naming_no_parameter_is_reported() -> None:
    def sample(first: int) -> None:
        """Summary.

        Args:
            first: Kept.
            gone: Left over from another method.
        """

    assert _check_callable("sample", sample, sample.__doc__) == [
        "sample: Args entry for no parameter: gone"
    ]
