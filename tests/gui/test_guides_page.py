"""The guide browser: contents, links, search, back and forward, external links."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from svbidder.core.content import guides


def open_guides(window):
    window.open_guides()
    return window.guides_page


def test_guides_are_there_without_a_workspace(window):
    page = open_guides(window)
    assert window.current_page() is page
    titles = [page.contents.topLevelItem(i).text(0)
              for i in range(page.contents.topLevelItemCount())]
    assert len(titles) >= 10
    assert "For trainers" in titles


def test_a_check_opens_the_right_section(window):
    page = window.guides_page
    window.open_guides("writing-to-a-limit#vague-promises")
    assert window.current_page() is page
    assert "vague" in page.viewer.toPlainText().lower()
    assert page._history[-1] == ("writing-to-a-limit", "vague-promises")


def test_links_between_guides_back_and_forward(window):
    page = open_guides(window)
    page.open("smart-commitments")
    page._on_link(QUrl(guides.guide_url("glossary", "sroi")))
    assert page._history[-1] == ("glossary", "sroi")
    page._step(-1)
    assert page._history[page._position] == ("smart-commitments", "")
    assert page.forward_button.isEnabled()
    page._step(1)
    assert page._history[page._position] == ("glossary", "sroi")


def test_external_links_open_only_when_clicked(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page = open_guides(window)
    page.open("what-is-social-value")
    assert opened == []
    page._on_link(QUrl("https://www.gov.uk/example"))
    assert [url.toString() for url in opened] == ["https://www.gov.uk/example"]


def test_search_finds_and_opens_a_section(window):
    page = open_guides(window)
    page.search.setText("additionality")
    assert page.results.isVisibleTo(page) and page.results.count() >= 1
    page._open_result(page.results.item(0))
    assert "additional" in page.viewer.toPlainText().lower()
    page.search.clear()
    assert page.contents.isVisibleTo(page)


def test_a_missing_guides_folder_is_explained_and_the_window_still_opens(
        make_window, tmp_path, monkeypatch):
    from svbidder import paths

    real = paths.package_data_dir
    monkeypatch.setattr(paths, "package_data_dir",
                        lambda name: tmp_path / "gone" if name == "guides" else real(name))
    window = make_window()
    page = window.guides_page  # builds every screen
    assert page.contents.topLevelItemCount() == 0
    assert "Part of svbidder is missing" in page.viewer.toPlainText()
    assert window.show_page(page) is None and window.current_page() is page
