"""A summary of a workspace for ``svbidder info`` and the start screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .records import Bid
from .workspace import Workspace

# Count key in the JSON output -> table name.
COUNTED = {
    "activities": "activity",
    "evidence_items": "evidence_item",
    "frameworks": "framework",
    "themes": "theme",
    "outcomes": "outcome",
    "measures": "measure",
    "mappings": "mapping",
    "bids": "bid",
    "questions": "question",
    "answers": "answer",
    "revisions": "revision",
    "commitments": "commitment",
    "delivery_records": "delivery_record",
}


def summarise(workspace: Workspace) -> dict[str, Any]:
    organisation = workspace.organisation()
    return {
        "path": str(workspace.path),
        "schema_version": workspace.schema_version,
        "organisation": {
            "name": organisation.name,
            "legal_form": organisation.legal_form,
            "charity_number": organisation.charity_number,
            "company_number": organisation.company_number,
            "area_served": organisation.area_served,
        },
        "counts": {key: workspace.count(table) for key, table in COUNTED.items()},
        "bids": [
            {
                "reference": bid.reference,
                "buyer": bid.buyer,
                "contract_title": bid.contract_title,
                "deadline": bid.deadline,
                "status": bid.status,
            }
            for bid in workspace.find(Bid, order_by="deadline, id")
        ],
    }


def summarise_file(path: Path) -> dict[str, Any]:
    """Open read-only (no lock, no backup, no migration) and summarise."""
    with Workspace.open(Path(path), read_only=True) as workspace:
        return summarise(workspace)


def format_summary(summary: dict[str, Any]) -> str:
    org = summary["organisation"]
    lines = [
        f"Workspace: {summary['path']}",
        f"File format: version {summary['schema_version']}",
        f"Organisation: {org['name'] or '(no name yet)'}",
    ]
    if org["legal_form"]:
        lines.append(f"Legal form: {org['legal_form']}")
    lines.append("Contents:")
    for key, value in summary["counts"].items():
        lines.append(f"  {key.replace('_', ' ')}: {value}")
    for bid in summary["bids"]:
        lines.append(f"Bid {bid['reference'] or '(no reference)'}: {bid['contract_title']} "
                     f"for {bid['buyer']} ({bid['status']})")
    return "\n".join(lines)
