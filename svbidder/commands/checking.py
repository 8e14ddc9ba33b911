"""``svbidder check``: read an answer the way an evaluator does (docs/checks.md)."""

from __future__ import annotations

import argparse

from . import EXIT_OK


def _limit(text: str) -> float:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("a limit must be more than 0")
    return value


def register(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check", help="check an answer as an evaluator would: limits, numbers, dates, vague "
                      "promises, measurement, plain English")
    check.add_argument("file", nargs="?", default="-",
                       help="an answer as text, Markdown or Word (.txt, .md, .docx); - or nothing "
                            "reads standard input")
    limit = check.add_mutually_exclusive_group()
    limit.add_argument("--words", type=_limit, metavar="N", help="the question's word limit")
    limit.add_argument("--characters", type=_limit, metavar="N",
                       help="the question's character limit (spaces included)")
    limit.add_argument("--characters-no-spaces", type=_limit, metavar="N",
                       help="the question's character limit, not counting spaces")
    check.add_argument("--question", metavar="TEXT", default="",
                       help="the question's text, to check every part of it is answered")
    check.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    check.set_defaults(handler=run_check)


def _plain_line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def run_check(args: argparse.Namespace) -> int:
    import json

    from ..core.writing.checks import (
        SEVERITIES,
        SEVERITY_LABELS,
        CheckContext,
        TextMap,
        readiness,
        run_checks,
    )
    from ..core.writing.counting import count_markdown, limit_status
    from .counting import read_answer

    markdown, _ = read_answer(args.file)
    kind, value = None, None
    for name in ("words", "characters", "characters_no_spaces"):
        if getattr(args, name) is not None:
            kind, value = name, getattr(args, name)
    counts = count_markdown(markdown)
    context = CheckContext(question_text=args.question or "", limit_kind=kind, limit_value=value)
    findings = run_checks(markdown, context, counts=counts)
    text_map = TextMap(markdown)
    spans = [(0, 0) if f.whole_answer else text_map.span_to_markdown(f.start, f.end)
             for f in findings]
    if args.json:
        print(json.dumps({
            "counts": counts.as_dict(),
            "findings": [{"rule": f.rule, "severity": f.severity, "message": f.message,
                          "start": start, "end": end}
                         for f, (start, end) in zip(findings, spans, strict=True)],
        }, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(limit_status(counts, kind, value).message)
    if kind:
        safe = limit_status(counts, kind, value, safe=True)
        if safe.state == "over" or safe.count != limit_status(counts, kind, value).count:
            print(safe.message)
    print(readiness(findings).summary)
    for severity in SEVERITIES:
        chosen = [(f, span) for f, span in zip(findings, spans, strict=True)
                  if f.severity == severity]
        if not chosen:
            continue
        print()
        print(SEVERITY_LABELS[severity])
        for finding, (start, end) in chosen:
            where = ""
            if end > start:
                excerpt = " ".join(markdown[start:end].split())
                if len(excerpt) > 40:
                    excerpt = excerpt[:39] + "…"
                where = f" (line {_plain_line(markdown, start)}: “{excerpt}”)"
            print(f"  [{finding.rule}]{where} {finding.message}")
    return EXIT_OK
