"""Shared data for the export tests: the example workspace, filled in further."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from svbidder.core.storage.records import Answer, Bid, Commitment, Outcome, Question
from svbidder.core.storage.workspace import Workspace

TODAY = date(2026, 3, 14)

ANSWERS = {
    "SV2": (
        "## Opportunities we will create\n\n"
        "Our **Next Step** programme offers volunteering with training and a reference to "
        "Anytown residents who are a long way from work.\n\n"
        "- 24 volunteer placements a year, each with a *named* mentor\n"
        "- 6 paid sessional roles for local people, advertised through the job centre\n"
        "- Food hygiene and first aid certificates for every volunteer who wants them\n\n"
        "We will record sign-ups, training and six-month follow-up calls."
    ),
    "SV3": (
        "We will cut the carbon and waste of this service in three ways.\n\n"
        "1. Rescue 18 tonnes of surplus food a year from local shops.\n"
        "2. Switch the café to a renewable electricity tariff by March 2027.\n"
        "3. Plan befriending visits by ward so volunteers can walk, cycle or share lifts.\n\n"
        "We will weigh rescued food each week and report the total to the council every "
        "quarter, with our electricity bills."
    ),
    "SV4": (
        "Our pantry will help **180 households a year** to cut their food bills, and our "
        "café never turns anyone away. With Anytown Citizens Advice we will offer a "
        "benefits check to every pantry member. We will count members and checks each "
        "month."
    ),
    "SV5": (
        "Our chief officer will lead social value delivery, with our volunteer coordinator "
        "keeping the records day to day.\n\n"
        "## Milestones\n\n"
        "1. Month 1: agree the reporting template with the council.\n"
        "2. Month 3: first quarterly report.\n"
        "3. Month 12: first annual review with beneficiaries.\n\n"
        "## Evidence\n\n"
        "For each commitment we keep the evidence named in our commitments table.\n\n"
        "1. Attendance registers and visit logs.\n"
        "2. Before-and-after loneliness scores.\n\n"
        "If a target is missed we will say so, explain why and agree a recovery plan."
    ),
}

COMMITMENTS = [
    ("SV1", "3.1", "Support older people living alone through befriending", 100,
     "older people", "each year of the contract", "Visit logs and loneliness scores",
     "quarterly", "Befriending coordinator"),
    ("SV2", "1.2", "Offer volunteer placements with training", 24, "placements",
     "each year", "Sign-up forms and training records", "quarterly", "Volunteer coordinator"),
    ("SV2", "1.2", "Help volunteers into paid work, training or education", 8, "people",
     "by March 2027", "Six-month follow-up calls", "quarterly", "Volunteer coordinator"),
    ("SV3", "4.2", "Rescue surplus food from local shops", 18, "tonnes", "each year",
     "Weekly weights log", "quarterly", ""),
    ("SV4", "5.1", "Give households low-cost food and a benefits check", 180, "households",
     "each year", "Pantry membership records", "quarterly", "Pantry lead"),
]


def fill_example(ws: Workspace) -> int:
    """Answers for every question and exactly these five commitments (the example's
    own are replaced); returns the bid's id."""
    bid = ws.find(Bid)[0]
    questions = {q.ref: q for q in ws.find(Question, bid_id=bid.id)}
    outcomes = {o.ref: o for o in ws.find(Outcome)}
    with ws.batch("Fill for tests"):
        for existing in ws.find(Commitment, bid_id=bid.id):
            ws.delete(Commitment, existing.id)
        for ref, body in ANSWERS.items():
            found = ws.find(Answer, question_id=questions[ref].id)
            if found:
                ws.update(Answer, found[0].id, body_markdown=body)
            else:
                ws.add(Answer(question_id=questions[ref].id, body_markdown=body))
        for position, (ref, outcome, text, target, unit, when, evidence, reporting,
                       owner) in enumerate(COMMITMENTS):
            ws.add(Commitment(bid_id=bid.id, question_id=questions[ref].id,
                              outcome_id=outcomes[outcome].id if outcome in outcomes else None,
                              position=position, measure_text=text, target=target, unit=unit,
                              timeframe=when, evidence_method=evidence,
                              reporting_frequency=reporting, owner=owner))
    return bid.id




def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every workspace table, read with a plain read-only connection."""
    import sqlite3

    from svbidder.core.storage.records import LINK_TABLES, RECORD_TYPES

    tables = [cls.TABLE for cls in RECORD_TYPES] + list(LINK_TABLES) + ["meta"]
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in tables}
    finally:
        conn.close()


def docx_bytes(document) -> bytes:
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reopen(document):
    """Save a python-docx Document and read it back, as Word would receive it."""
    import io

    import docx

    return docx.Document(io.BytesIO(docx_bytes(document)))
