"""One table of plain messages for every file an importer refuses.

Each message says what the file is or what went wrong, that nothing was
changed, and what to do next, so the tender splitter, the priorities importer,
the CSV import, packs and the count command all say the same thing about the
same file.
"""

from __future__ import annotations

from ..errors import SvBidderError

NOTHING_CHANGED = "Nothing was changed."
PASTE_INSTEAD = "or copy the text you need and paste it in"

# kind -> (what it is, why it cannot be read here, what to do)
KINDS: dict[str, tuple[str, str, str]] = {
    "old-doc": ("an older Word file (.doc)", ", which svbidder cannot read",
                "Open it in Word or LibreOffice, choose Save As › Word Document (.docx) and "
                f"open that, {PASTE_INSTEAD}."),
    "encrypted": ("a password-protected (encrypted) Office file", ", so it cannot be read",
                  "In Word, remove the password (File › Info › Protect Document), save it and "
                  f"try again, {PASTE_INSTEAD}."),
    "old-office": ("an older Office file or a password-protected one",
                   ", which svbidder cannot read",
                   "Open it, remove any password and save it as a Word document (.docx), "
                   f"{PASTE_INSTEAD}."),
    "old-xls": ("an older Excel workbook (.xls)", ", which svbidder cannot read",
                "Open it in your spreadsheet program and save it in a form svbidder reads, "
                f"{PASTE_INSTEAD}."),
    "pdf": ("a PDF", ", which cannot be read here",
            "Open it, copy the text you need and paste it in, or save it as a Word document "
            "(.docx)."),
    "rtf": ("a Rich Text (.rtf) file", ", which svbidder cannot read",
            f"Open it in Word and save it as a Word document (.docx), {PASTE_INSTEAD}."),
    "image": ("a picture", ", not a document", "Paste the text in instead, or open a Word, "
                                               "text or Markdown file."),
    "sqlite": ("a database file (perhaps an svbidder workspace)", ", not a document",
               "Open a Word, text or Markdown file instead, or open the workspace from the "
               "Start screen."),
    "xlsx": ("an Excel workbook", ", which cannot be read here",
             f"Save it in a form this import reads, {PASTE_INSTEAD}."),
    "pptx": ("a PowerPoint presentation", ", which cannot be read here",
             f"Copy the text you need into a Word document, {PASTE_INSTEAD}."),
    "odf": ("an OpenDocument file (from LibreOffice or OpenOffice)",
            ", which cannot be read here",
            f"Save it as a Word document (.docx), {PASTE_INSTEAD}."),
    "zip": ("a zip file, not a Word document (.docx)", "",
            "Take the document out of the zip file and open that, or paste the text in."),
    "binary": ("not text (it holds binary data, like a program or picture)", "",
               "Use a Word document (.docx), a text file (.txt or .md), or paste the text in."),
    "docx": ("a Word document", ", which cannot be read here",
             f"Save it in a form this import reads, {PASTE_INSTEAD}."),
    "text": ("a text file", ", which cannot be read here", "Choose a different file."),
}

# How a file's name says what it is (used to say plainly when a file was renamed).
NAMED_LIKE = {
    ".docx": "a Word document", ".docm": "a Word document", ".dotx": "a Word document",
    ".doc": "a Word document", ".pdf": "a PDF", ".xlsx": "an Excel workbook",
    ".xls": "an Excel workbook", ".csv": "a CSV file", ".txt": "a text file",
    ".md": "a Markdown file", ".html": "a web page", ".htm": "a web page",
    ".svpack": "a priority pack", ".rtf": "a Rich Text file",
    ".odt": "an OpenDocument file", ".pptx": "a PowerPoint presentation",
}

# Kinds a name can honestly stand for (an encrypted .docx is an OLE file, not a zip).
_WORD_FAMILY = ("docx", "old-doc", "encrypted", "old-office")
_EXCEL_FAMILY = ("xlsx", "old-xls", "encrypted", "old-office")
_FAMILY = {".docx": _WORD_FAMILY, ".docm": _WORD_FAMILY, ".dotx": _WORD_FAMILY,
           ".doc": _WORD_FAMILY, ".xlsx": _EXCEL_FAMILY, ".xls": _EXCEL_FAMILY,
           ".pptx": ("pptx", "encrypted", "old-office"), ".odt": ("odf",)}

# Problems that are not about the kind of file. Each has {name}; some more.
PROBLEMS: dict[str, str] = {
    "not-found": "There is no file at “{name}”. " + NOTHING_CHANGED + " Check the name and "
                 "folder, then try again.",
    "folder": "“{name}” is a folder, not a file. " + NOTHING_CHANGED + " Choose the document "
              "itself.",
    "unreadable": "“{name}” could not be opened ({reason}). " + NOTHING_CHANGED + " Check you "
                  "can open it yourself (it may be in use or on a drive that has gone), then "
                  "try again.",
    "too-large": "“{name}” is too large to read ({size}; the most svbidder reads is {limit}). "
                 + NOTHING_CHANGED + " Copy just the part you need into a new document, "
                 + PASTE_INSTEAD + ".",
    "damaged-zip": "“{name}” looks like a Word or Excel file (a zip) but is damaged, so it "
                   "could not be read. " + NOTHING_CHANGED + " Open it in the program that "
                   "made it and save a new copy, " + PASTE_INSTEAD + ".",
    "damaged-docx": "“{name}” could not be read as a Word document (it may be damaged). "
                    + NOTHING_CHANGED + " Open it in Word and save a new copy, "
                    + PASTE_INSTEAD + ".",
    "bomb": "“{name}” would unpack to far more than a document should ({size}), so it was not "
            "read in case it is damaged or harmful. " + NOTHING_CHANGED + " Open it in Word "
            "and save a new copy, " + PASTE_INSTEAD + ".",
    "unsafe-xml": "“{name}” holds XML that Word never writes (a document type declaration), "
                  "so it was not read in case it is harmful. " + NOTHING_CHANGED + " Open it "
                  "in Word and save a new copy, " + PASTE_INSTEAD + ".",
    "too-slow": "“{name}” took too long to read (more than {seconds} seconds), so reading "
                "stopped. " + NOTHING_CHANGED + " Copy just the part you need into a new "
                "document, " + PASTE_INSTEAD + ".",
    "damaged-xlsx": "“{name}” could not be read as an Excel workbook (it may be damaged). "
                    + NOTHING_CHANGED + " Open it in your spreadsheet program and save a new "
                    "copy, or save the sheet as CSV and open that.",
    "pdf-no-text": "“{name}” is a PDF with no text in it (it is probably a scan, a picture of "
                   "each page), so there is nothing to read. " + NOTHING_CHANGED + " Ask the "
                   "council for a Word version, or copy the text from their web page and "
                   "paste it in.",
    "pdf-encrypted": "“{name}” is a password-protected PDF, so it cannot be read. "
                     + NOTHING_CHANGED + " Ask the council for a copy without a password or a "
                     "Word version, " + PASTE_INSTEAD + ".",
    "damaged-pdf": "“{name}” is a PDF that could not be read (it may be damaged). "
                   + NOTHING_CHANGED
                   + " Open it in a PDF reader and copy the text you need, then paste it in.",
    "pdf-too-many-pages": "“{name}” has {pages} pages; the most svbidder reads is {limit}. "
                          + NOTHING_CHANGED + " Copy just the part you need into a new "
                          "document, " + PASTE_INSTEAD + ".",
    "paste-too-long": "The pasted text is too long ({size}; the most svbidder reads is "
                      "{limit}). " + NOTHING_CHANGED + " Paste just the part you need.",
}


class DocumentError(SvBidderError):
    """A file or paste that cannot be read; ``kind`` says why (a key of the tables above)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def show_size(size: int) -> str:
    """"2.5 MB", "700 KB": sizes as a person reads them."""
    if size >= 1024 * 1024:
        megabytes = size / (1024 * 1024)
        return f"{megabytes:,.0f} MB" if megabytes >= 10 else f"{megabytes:,.1f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


def refuse_kind(kind: str, name: str, *, suffix: str = "", advice: str = "") -> DocumentError:
    """The refusal for a file that is ``kind``, saying so plainly when its name says otherwise.

    ``advice`` replaces the table's "what to do" (the CSV import says how to save CSV).
    """
    what, why, next_step = KINDS[kind]
    named = NAMED_LIKE.get(suffix.lower(), "")
    if named and named not in what and kind not in _FAMILY.get(suffix.lower(), ()):
        opening = f"“{name}” is named like {named} but is really {what}{why}."
    else:
        opening = f"“{name}” is {what}{why}."
    return DocumentError(f"{opening} {NOTHING_CHANGED} {advice or next_step}", kind)


def refuse(problem: str, name: str, **details: object) -> DocumentError:
    """The refusal for a problem that is not about the kind of file (see :data:`PROBLEMS`)."""
    return DocumentError(PROBLEMS[problem].format(name=name, **details), problem)
