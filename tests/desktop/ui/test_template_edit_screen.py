"""Templates → Edit…: the editor opens an existing template filled in, name and language fixed, says Meta's
rules, saves the change as an edit; the list shows the template in review and the audit trail the edit."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import select

from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent
from klaros_desktop.ui.templates_page import TemplatesPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


def _editor_of(qtbot, page: TemplatesPage, name: str):
    page.table.selectRow(next(i for i, t in enumerate(page.model.rows) if t.name == name))
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=WAIT_MS)
    qtbot.addWidget(page.editor)
    return page.editor


def _page(qtbot, backend) -> TemplatesPage:
    page = TemplatesPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_an_approved_template_opens_filled_in_and_saves_as_an_edit_in_review(qtbot, backend, graph, sessions,
                                                                              approved_template, wait_ops):
    page = _page(qtbot, backend)
    editor = _editor_of(qtbot, page, "order_ready")
    assert editor.windowTitle() == "Edit template"
    assert editor.name.text() == "order_ready" and editor.name.isReadOnly()
    assert editor.language.currentData() == "de" and not editor.language.isEnabled()
    assert editor.category.currentData() == "UTILITY" and not editor.category.isEnabled()  # approved: fixed
    assert editor.body.toPlainText() == "Hallo {{1}}, Ihre Bestellung {{2}} ist da."
    assert "once a day" in editor.rules.text() and editor.rules.isVisible()
    assert editor.submit_button.text() == "Submit the change to Meta" and not editor.submit_button.isEnabled()

    editor.body.setPlainText("Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden.")
    assert "example" in editor.problems.text() and not editor.submit_button.isEnabled()
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4711")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    editor.submit_button.click()
    wait_ops()
    assert not editor.isVisible()
    [(template_id, category, components, cid)] = graph.edited
    assert template_id == "1" and category is None
    assert components == [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden.",
                           "example": {"body_text": [["Anna", "4711"]]}}]
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "order_ready")
    assert page.model.index(row, 3).data() == "In review"
    page.table.selectRow(row)
    assert "Meta is reviewing it" in page.details.text() and "wartet im Laden" in page.preview.text()
    with sessions() as s:
        [edited] = s.scalars(select(AuditEvent).where(AuditEvent.action == "template_edited")).all()
    assert edited.subject == "order_ready" and edited.actor == "user"
    assert edited.correlation_id == cid and cid.startswith("ui-")


def test_a_template_in_review_opens_with_the_reason_it_cannot_be_changed(qtbot, backend, graph,
                                                                        approved_template):
    editor = _editor_of(qtbot, _page(qtbot, backend), "draft_offer")
    assert "still reviewing" in editor.problems.text()
    editor.body.setPlainText("Ein neues Angebot für Sie, bis Samstag.")
    assert not editor.submit_button.isEnabled() and graph.edited == []


def test_meta_s_refusal_shows_in_its_words_and_the_editor_stays_open(qtbot, backend, graph, approved_template,
                                                                      wait_ops):
    graph.refuse_edit = GraphError(code=100, title="Invalid parameter", http_status=400,
                                   user_message="An approved template can be edited once in a 24-hour window.")
    editor = _editor_of(qtbot, _page(qtbot, backend), "order_ready")
    editor.footer.setText("Blumen Becker")
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4711")
    editor.submit_button.click()
    wait_ops()
    assert editor.isVisible() and editor.submit_button.isEnabled()
    assert editor.problems.text() == ("Meta did not accept the template: An approved template can be edited once "
                                      "in a 24-hour window.")
