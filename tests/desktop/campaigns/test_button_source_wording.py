"""A source given for a button that takes no value is refused in words that fit the button: a quick reply, a
call button or a fixed link "takes no value", a missing button is missing; only a link is called a link."""

from __future__ import annotations

import pytest

from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.campaigns import variables
from klaros_desktop.services.campaigns.variables import Source, VariableError

CODE_TEMPLATE = MessageTemplate(name="gutschein", language="de", components=[
    {"type": "BODY", "text": "Ihr Gutschein"},
    {"type": "BUTTONS", "buttons": [
        {"type": "QUICK_REPLY", "text": "Danke"},
        {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930123456"},
        {"type": "URL", "text": "Zum Shop", "url": "https://shop.example/"},
        {"type": "COPY_CODE", "example": "SPRING25"}]}])


def refusal(sources: dict[str, str]) -> str:
    with pytest.raises(VariableError) as refused:
        variables.check_buttons(CODE_TEMPLATE, {k: Source.parse(v) for k, v in sources.items()})
    return str(refused.value)


def test_the_copy_code_button_takes_its_source():
    assert variables.check_buttons(CODE_TEMPLATE, {"3": Source.parse("text:SPRING25")}) == ["3"]


@pytest.mark.parametrize(("index", "words"), [
    ("0", "the template's button 1 (index 0) is a quick reply and takes no value"),
    ("1", "the template's button 2 (index 1) calls a phone number and takes no value"),
    ("2", "the template's button 3 (index 2) opens a fixed link and takes no value"),
    ("7", "the template has no button 8 (index 7)"),
])
def test_a_source_for_a_button_without_a_value_names_what_the_button_is(index, words):
    said = refusal({"3": "text:SPRING25", index: "text:x"})
    assert said == words
    assert "link variable" not in said


def test_the_refusal_is_translatable():
    with pytest.raises(VariableError) as refused:
        variables.check_buttons(CODE_TEMPLATE, {"3": Source.parse("text:A"), "0": Source.parse("text:x")})
    phrase = refused.value.args[0]
    assert phrase.context == "Campaigns" and "{n}" in phrase.source and phrase.args["index"] == "0"
