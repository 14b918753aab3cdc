"""`_wire`: how arguments become request fields, and how answers narrow to models; no I/O."""

from __future__ import annotations

import uuid

import pytest

from inkbox import NOT_GIVEN, InkboxError, MessageDirection
from inkbox._wire import (
    answer_of_shape,
    as_enum,
    as_uuid,
    as_uuid_list,
    check_limit,
    check_offset,
    flag,
    given,
    is_omitted,
    omit,
    omitted,
    opt_enum,
    opt_enum_list,
    opt_limit,
    opt_text,
    patch_enum,
    patch_nullable_enum,
    patch_text,
)
from inkbox_api.types import UNSET


def test_none_and_not_given_mean_left_out_and_none_can_mean_null() -> None:
    assert omit(None) is UNSET and omit(0) == 0 and omit("") == ""
    assert given(NOT_GIVEN) is UNSET and given(None) is None and given("x") == "x"
    assert flag(False) is UNSET and flag(True) is True
    assert omitted() is UNSET
    assert is_omitted(UNSET) and not is_omitted(None) and not is_omitted("")


def test_text_arguments() -> None:
    assert opt_text(None, "name") is UNSET
    assert patch_text(NOT_GIVEN, "name") is UNSET
    assert patch_text(None, "name") is None
    with pytest.raises(ValueError, match="name must not be empty"):
        opt_text("  ", "name")
    with pytest.raises(TypeError, match="name must be a string, not int"):
        patch_text(3, "name")  # type: ignore[arg-type]


def test_enums_accept_members_and_values_and_name_the_choices() -> None:
    assert as_enum("inbound", MessageDirection, "direction") is MessageDirection.INBOUND
    assert opt_enum(None, MessageDirection, "direction") is UNSET
    assert patch_enum(NOT_GIVEN, MessageDirection, "direction") is UNSET
    assert patch_nullable_enum(None, MessageDirection, "direction") is None
    with pytest.raises(ValueError, match="direction must be one of 'inbound', 'outbound'"):
        opt_enum("sideways", MessageDirection, "direction")
    with pytest.raises(ValueError, match="direction cannot be cleared"):
        patch_enum(None, MessageDirection, "direction")  # type: ignore[arg-type]


def test_enum_lists_take_one_value_or_several_and_name_the_bad_one() -> None:
    inbound, outbound = MessageDirection.INBOUND, MessageDirection.OUTBOUND
    assert opt_enum_list(None, MessageDirection, "d") is UNSET
    assert opt_enum_list([], MessageDirection, "d") is UNSET
    assert opt_enum_list("inbound", MessageDirection, "d") == [inbound]
    assert opt_enum_list(("outbound", inbound), MessageDirection, "d") == [outbound, inbound]
    with pytest.raises(ValueError, match=r"d\[1\] must be one of"):
        opt_enum_list(["inbound", "up"], MessageDirection, "d")
    with pytest.raises(TypeError, match="d must be a MessageDirection or a list of them"):
        opt_enum_list(3, MessageDirection, "d")  # type: ignore[arg-type]


def test_ids() -> None:
    ident = uuid.uuid4()
    assert as_uuid(f" {ident} ", "id") == ident
    assert as_uuid_list([ident, str(ident)], "ids") == [ident, ident]
    with pytest.raises(ValueError, match="id must be a UUID such as"):
        as_uuid("msg-1", "id")
    with pytest.raises(TypeError, match=r"ids must be a list of UUIDs, not a single str"):
        as_uuid_list(str(ident), "ids")
    with pytest.raises(ValueError, match=r"ids\[1\] must be a UUID"):
        as_uuid_list([ident, "nope"], "ids")


@pytest.mark.parametrize("value", [True, 1.5, "10", None])
def test_a_page_size_of_the_wrong_kind_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        check_limit(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "high"), [(0, 200), (201, 200), (101, 100), (-1, 100)])
def test_a_page_size_out_of_range_is_a_value_error(value: int, high: int) -> None:
    with pytest.raises(ValueError, match=f"page_size must be from 1 to {high}"):
        check_limit(value, "page_size", high=high)


def test_limits_and_offsets_in_range() -> None:
    assert check_limit(100, high=100) == 100
    assert opt_limit(None) is UNSET
    assert check_offset(0) == 0
    with pytest.raises(ValueError, match="offset must be >= 0"):
        check_offset(-1)
    with pytest.raises(TypeError, match="offset must be an int"):
        check_offset(False)


def test_an_answer_of_another_shape_is_an_inkbox_error_naming_what_was_expected() -> None:
    with pytest.raises(InkboxError, match="not a vault unlock bundle") as caught:
        with answer_of_shape("a vault unlock bundle"):
            {}["wrapped_org_encryption_key"]
    assert isinstance(caught.value.__cause__, KeyError)
