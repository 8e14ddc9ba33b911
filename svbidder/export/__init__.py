"""Word and plain-text export. Like core, this package never imports Qt.

python-docx is imported only when a document is built, so importing this
package (or ``options``, ``text_export``, ``safe_write``) stays cheap.

* :mod:`.options` — :class:`ExportOptions`, remembered per bid
  (:func:`load_options`, :func:`save_options`).
* :mod:`.bid_document` — the bid response (``build_bid_document``,
  ``export_bid_document``).
* :mod:`.offer` — the social value offer on a page (``build_offer``,
  ``export_offer``, ``offer_fits``).
* :mod:`.map_document` — the activity–priority map (``build_map_document``,
  ``export_map_document``).
* :mod:`.text_export` — portal text (``portal_answer``, ``build_all_text``,
  ``export_text``).
* :mod:`.safe_write` — whole-or-nothing writing, :class:`ExportError`,
  :class:`ExportResult`.
* :mod:`.markdown_docx`, :mod:`.docx_base` — the Markdown renderer and the
  shared document set-up.
"""

from .options import ExportOptions, load_options, save_options
from .safe_write import ExportError, ExportResult

KINDS = ("answers", "offer", "map", "text")

__all__ = ["KINDS", "ExportError", "ExportOptions", "ExportResult", "export", "load_options",
           "save_options"]


def export(ws, bid_id: int, kind: str, path, options: ExportOptions | None = None,
           **extra) -> ExportResult:
    """Export one kind of document (``answers``, ``offer``, ``map`` or ``text``) to
    ``path``. ``extra`` goes to the builder (``today=``, and ``estimator=`` for answers)."""
    if kind == "answers":
        from .bid_document import export_bid_document

        return export_bid_document(ws, bid_id, path, options, **extra)
    if kind == "offer":
        from .offer import export_offer

        return export_offer(ws, bid_id, path, options, **extra)
    if kind == "map":
        from .map_document import export_map_document

        return export_map_document(ws, bid_id, path, options, **extra)
    if kind == "text":
        from .text_export import export_text

        return export_text(ws, bid_id, path, options, **extra)
    if kind == "progress":  # a won contract's delivery report (Word, or CSV for a .csv)
        from .progress_report import export_progress_report

        return export_progress_report(ws, bid_id, path, options, today=extra.get("today"))
    raise ValueError(f"Unknown kind of export {kind!r}; use one of {', '.join(KINDS)}.")
