"""Write the Word and PDF versions of some documents in the priorities corpus.

Run with ``.venv/bin/python tests/data/priorities_corpus/make_files.py [ID ...]``:
with ids it builds only those documents, so the files already committed for the
others are not written again; with none it builds every document in ``LAYOUTS``.
For each document it reads ``source.txt`` and ``labels.json`` and
writes ``document.docx`` laid out the way that council's own Word file would be
(a title, intro paragraphs, the priorities as headings, bold names, numbered or
bulleted lists, or a table, then the outro), leaving out the web page's debris.
Every file has a running header and a "Page N of M" footer; some are set in two
columns, because many plans on a page are. Then LibreOffice prints each one to
``document.pdf`` with a profile of its own, so a running LibreOffice or the
user's settings never change the result.

The generated files are committed: tests read them without LibreOffice. Only
the layout comes from here; every word comes from ``source.txt``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
PROFILE = "file:///tmp/lo-profile-corpus"
FONT = "Arial"
BULLET = re.compile(r"^\s*(?:[•·\-–\uf0b7]|\d+[.)]|[a-z][.)](?= ))\s*")  # (a lettered list too)
NUMBER = re.compile(r"^\s*\d+[.)]")
DASH = re.compile(r"^\s*[-–—:]\s*")
# A label a council puts before a priority's name: "Theme 1:", "Objective 1 –".
LABEL = re.compile(r"^(?:\w+ ){1,2}\d+\s*[:–—-]\s*")
# How a list item ends in running text: "reduce health inequalities;", "… people; and".
LIST_END = re.compile(r"[;,.]?(?:\s+(?:and|or))?$")


@dataclass
class Layout:
    """How one council sets out its document in Word."""

    header: str
    priorities: str  # bold-name, heading-name, heading, numbered, bullets, table
    columns: int = 1
    skip: tuple[str, ...] = ()  # web-only lines (navigation, cookies, share buttons, links)
    headings: tuple[str, ...] = ()  # prose lines the council sets as headings
    table_header: tuple[str, str] = ("", "")  # the table's heading row, if the source has one
    # name_column: a table's name and description in two cells; outcome_style: the
    # Word list style the outcomes are set in (for a list nested under its priorities);
    # title_once: the page's heading that repeats the title is left out; no_title: the
    # text has no title line (its first line is set as the body's); wrapped: a PDF's
    # lines, broken part way through a paragraph, are joined again; continues: lines
    # that carry on the line before them (a heading set over two lines); new_page:
    # headings that start a new page (a contents page, a foreword); one_space: a double
    # space typed in a line is set as one; level_two: how the lines set one level down
    # start (a bullet that describes the bullet before it); bold_name: a numbered
    # priority's name is bold; bullets: unmarked lines set as a bulleted list (icon
    # captions); heading_once: a heading the page repeats straight after itself is set once;
    # prose: paragraphs that start with a priority's name but are not the priority
    # ('Economic wellbeing is having …' under the heading 'Economic Wellbeing');
    # contents: a page's list of its sections, in order, set as a contents page (plain
    # lines, not a list), even where a section's name is also set as a heading later;
    # grid: rows pasted with '|' between cells are a table, the '---|---|' rule left out;
    # glued: list items a paste ran together on one line ('… text),• a telephone …') are
    # set as the list's items; restart: numbered priorities are a list of their own that
    # starts again at 1, like the numbered lists before and after them
    extra: dict = field(default_factory=dict)


LAYOUTS: dict[str, Layout] = {
    "birmingham-business-charter": Layout(
        header="Birmingham City Council – Business Charter for Social Responsibility",
        priorities="bold-name",
        skip=("By on 15/04/2013 in Cllr Stacey, Leader, News", "Share this:", "Twitter",
              "Facebook")),
    "knowsley-social-value-areas": Layout(
        header="Knowsley Council – Social Value", priorities="heading",
        skip=("Home", "Business, licences and consumers", "Procurement and contracting"),
        headings=("Social Value can be split into three areas",
                  "Why considering social value is important")),
    "pembrokeshire-wellbeing-objectives": Layout(
        header="Pembrokeshire County Council – Draft Well-being Objectives 2025-2030",
        priorities="bold-name", columns=2,
        skip=("Cymraeg", "Have your say", "3rd February 2025",
              "This consultation has closed. Thank you for your participation."),
        headings=("About the consultation", "Our draft well-being objectives", "Your views")),
    "wolverhampton-council-plan": Layout(
        header="City of Wolverhampton Council – Council Plan", priorities="bullets", columns=2,
        skip=("Skip to main content",
              "We use cookies on this site to enhance your user experience. Accept   Decline",
              "Your council", "Back to top")),
    "falkirk-council-plan": Layout(
        header="Falkirk Council – Council Plan 2022-2027", priorities="numbered",
        skip=("Skip to content", "Falkirk Council", "Council & democracy",
              "Policies & strategies", "Council Plan 2022 - 2027", "PDF 1.2MB",
              "Was this page useful?")),
    "belfast-social-value-objectives": Layout(
        header="Belfast City Council – Social Value Procurement Policy (draft)",
        priorities="numbered", columns=2, skip=("FAQs",),
        headings=("What is social value?", "Our Social Value objectives")),
    "gwent-psb-wellbeing-goals": Layout(
        header="Gwent Public Services Board – Well-being goals", priorities="heading-name",
        skip=("Skip to content", "Cymraeg", "Page Thumbnail", "Back to top")),
    "scottish-borders-community-benefits": Layout(
        header="Scottish Borders Council – Adding Value to Communities through Procurement",
        priorities="bold-name",
        skip=("Innovation Exchange", "Key activities", "Benefits and impacts",
              "scottish borders council"),
        headings=("Theme: Employability",)),
    "chorley-three-pillars": Layout(
        header="Chorley Council – Social Value Policy", priorities="heading", columns=2,
        skip=("Toggle menu", "Social Value Policy")),
    "east-ayrshire-poverty-priorities": Layout(
        header="East Ayrshire Council – Five year strategic plan", priorities="table",
        skip=("Skip to main content",
              "Home > Council and government > Strategic framework > Five year strategic plan",
              "Priorities | How we will achieve this |", "Back to Five year strategic plan"),
        table_header=("Priorities", "How we will achieve this")),
    # Added with the 22 newer documents: five from each half.
    "barking-dagenham-corporate-plan-themes": Layout(
        header="London Borough of Barking and Dagenham – Corporate Plan 2018-2022",
        priorities="heading", skip=("fb-trackingSkip to main content",)),
    "cardiff-vale-uhb-strategic-objectives": Layout(
        header="Cardiff and Vale University Health Board – Shaping Our Future Wellbeing",
        priorities="table", skip=("Skip to main content",),
        headings=("What we want to Achieve", "Empower the Person", "Home First",
                  "Outcomes that matter to People", "Avoid harm, waste and variation")),
    "fermanagh-omagh-improvement-objectives-2024": Layout(
        header="Fermanagh and Omagh District Council – Draft Improvement Objectives 2024-2025",
        priorities="numbered", skip=("Downloads",)),
    "muirhouse-ha-strategic-objectives": Layout(
        header="Muirhouse Housing Association – Our Strategic Objectives", priorities="heading",
        columns=2,
        skip=("MHA Summary Delivery Plan 2021-22",
              "You can also read more about our Strategic Objectives here.")),
    "nhs-highland-strategic-objectives": Layout(
        header="NHS Highland – Together We Care: Strategy overview", priorities="bold-name",
        columns=2,
        skip=("Skip to main content", "On this page",
              "Strategic objectives: our population, our people, in partnership",
              "Performing - embedding strong foundations and principles within our "
              "organisation: Finance, Governance, Health inequalities, Quality"),
        headings=("Our mission", "Our vision", "Our strategic objectives",
                  "Performing and progressing", "Performing")),
    "bradford-corporate-plan-2013": Layout(
        header="City of Bradford Metropolitan District Council – Corporate Plan 2013-2014",
        priorities="bullets",
        skip=("The full detail of the current corporate plan can be found in the PDF "
              "document on this page.",)),
    "merthyr-tydfil-wellbeing-objectives": Layout(
        header="Merthyr Tydfil County Borough Council – Statement of Well-being",
        priorities="heading",
        skip=("Read our Statement of Well-being",
              "Read our plan Focus on the Future: Well-being in our Community."),
        headings=("Well-being of Future Generations: A shared vision and common purpose in Wales",
                  "Our Well-being Objectives", "Delivering Wellbeing in Merthyr Tydfil",
                  "Local Well-being Plan", "Annual Report")),
    "scarborough-towards-2030": Layout(
        header="Scarborough Borough Council – Corporate Plan: Towards 2030",
        priorities="bold-name", skip=("PDF icon Corporate Plan - Towards 203090.43 KB",),
        headings=("Annual improvement plan",)),
    "swansea-psb-wellbeing-plan-2023": Layout(
        header="Swansea Public Services Board – Local well-being plan 2023-28",
        priorities="numbered", columns=2,
        skip=("Toggle mobile menu visibility", "Local Well-being Plan on a page (PDF) [655KB]",
              "Screen reader version - Local Well-being Plan (Word doc) [115KB]"),
        headings=("Accessibility",)),
    "tunbridge-wells-five-year-plan": Layout(
        header="Tunbridge Wells Borough Council – The Five Year Plan 2017-2022",
        priorities="table", skip=("Skip to main content",)),
    # Twelve more, chosen for their layout alone (the importer was not run on them):
    # eight from the tuning half, four from the frozen half.
    "renfrewshire-community-plan-priorities": Layout(
        header="Renfrewshire Council – Our Renfrewshire: Community Plan 2017-2027",
        priorities="bold-name", skip=("Renfrewshire Council",)),
    "livin-plan-a-strong-communities": Layout(
        header="Livin – Plan A", priorities="heading",
        skip=("Skip to main content", "site-wide search form", "Jump to another section",
              "M0084668 Plan A 380x200 Chair.jpg Improving existing homes",
              # "35.jpg …": its number reads as a list marker, so the line is kept without it
              "jpg Introduction to Plan A", "M0084668 Plan A 380x200 Couple.jpg About us",
              "jpg Delivering an excellent customer experience",
              "jpg Optimising return on assets", "jpg Enabling sustainable tenure",
              "M0084668 Plan A 380x200 Wheelbarrow.jpg Building and acquiring homes",
              "Newsletter Signup"),
        headings=("How will we achieve success?", "How will we measure success?",
                  "Performance Measure Level 1")),
    "east-suffolk-procurement-strategy-themes": Layout(
        header="East Suffolk Council – Procurement Strategy", priorities="numbered",
        skip=("Skip to main content",
              "Home  Your council  Supplying the council  Procurement Strategy",
              "Back to top")),
    "west-lothian-corporate-plan-2013": Layout(
        header="West Lothian Council – Corporate Plan 2013-2017", priorities="bullets",
        skip=("Search site",)),
    "public-health-wales-strategy-priorities": Layout(
        header="Public Health Wales – Working Together for a Healthier Wales",
        priorities="bullets", skip=("Skip to main content", "Home", "About us"),
        headings=("Our vision",)),
    "mid-ulster-improvement-objectives-2025": Layout(
        header="Mid Ulster District Council – Draft Improvement Objectives 2025-2026",
        priorities="heading", skip=("Skip to main content",),
        headings=("Draft Improvement Objectives", "Responding to the consultation")),
    "north-lincolnshire-social-value-charter": Layout(
        header="North Lincolnshire Council – Social Value Charter", priorities="bullets",
        columns=2, skip=("Council News", "Share this page")),
    "vale-of-glamorgan-wellbeing-objectives-2020": Layout(
        header="Vale of Glamorgan Council – Corporate Plan 2020-2025", priorities="numbered",
        skip=("Cost of Living Support Icon",)),
    "scottish-fire-framework-2022-priorities": Layout(
        header="Scottish Government – Fire and rescue framework for Scotland 2022",
        priorities="heading", skip=("Skip to main content",),
        headings=("Annex 1 – SFRS Strategic Priorities",)),
    "scottish-government-police-priorities-2015": Layout(
        header="Scottish Government – Strategic Police Priorities for Scotland",
        priorities="bold-name", columns=2, skip=("Skip to main content", "Home", "Publications")),
    "south-tyneside-responsible-procurement": Layout(
        header="South Tyneside Council – Responsible Procurement", priorities="bullets",
        skip=("Skip to main content", "Selling to the Council"),
        headings=("Social value", "What social value development involves",
                  "Help to improve your environmental performance",
                  "Climate change strategy and action plan", "Carbon Trust")),
    "scottish-borders-corporate-plan": Layout(
        header="Scottish Borders Council – Corporate Plan 2018-23", priorities="numbered",
        columns=2,
        skip=("Skip to main content", "Home > Your council > Plans and strategies",
              "Read our corporate plan", "Print this page"),
        headings=("Our approach", "Key themes")),
    # A last twelve, again chosen for their layout alone (the importer was not run on
    # them): eight from the tuning half, four from the frozen half.
    "cambridgeshire-peterborough-ics-priorities": Layout(
        header="Cambridgeshire and Peterborough Integrated Care System – Our Priorities",
        priorities="heading", skip=("Skip to main content", "Home", "About us"),
        extra={"title_once": True}),
    "northumbria-pcc-police-crime-plan": Layout(
        header="Northumbria Police and Crime Commissioner – Police and Crime Plan",
        priorities="heading",
        skip=("Skip to main content", "Home", "Your priorities", "Share this page",
              "Back to top"),
        headings=("Preventing crime",)),
    "cotswold-aims-and-priorities": Layout(
        header="Cotswold District Council – Our aims and priorities", priorities="bullets",
        columns=2, skip=("Skip to main content", "Home", "About the council"),
        headings=("Our aims", "Our priorities", "Our principles", "Monitoring our performance"),
        extra={"title_once": True}),
    "nottingham-ics-strategy-aims": Layout(
        header="Nottingham and Nottinghamshire Integrated Care System – Strategy",
        priorities="numbered",
        skip=("Skip to main content", "Home", "Integrated Care Strategy",
              "Summary version – alternative formats",
              "A chart depicting the plan on a page of our ICS Strategy",
              "Share this page", "Back to top"),
        extra={"title_once": True}),
    "dorset-county-hospital-social-value-pledge": Layout(
        header="Dorset County Hospital NHS Foundation Trust – Social Value",
        priorities="bold-name",
        skip=("Skip to main content", "Enquiries: 01305 251150", "Home  About us  Social Value"),
        headings=("Our Social Value Pledge",)),
    "cairngorms-park-plan-2012-areas": Layout(
        header="Cairngorms National Park Authority – National Park Partnership Plan 2012-17",
        priorities="bullets", columns=2,
        skip=("Skip to main content", "Home", "Managing the Park", "How the Park is managed"),
        headings=("Long-term Future", "Short-term Future")),
    "spelthorne-corporate-plan-2024-priorities": Layout(
        header="Spelthorne Borough Council – Outline Corporate Plan 2024-28",
        priorities="bullets", skip=("Agenda item",)),
    "nhs-supply-chain-social-value-themes": Layout(
        header="NHS Supply Chain – Ethical Sourcing and Social Value", priorities="bullets",
        skip=("Skip to main content", "Warehouse operative",
              "Driver standing in front of NHS Supply Chain van"),
        headings=("The Social Value Model", "Supply Chain Mapping")),
    "wandsworth-corporate-objectives": Layout(
        header="Wandsworth Council – Corporate objectives", priorities="table",
        skip=("Skip to main content", "Home", "The council", "How the council works",
              "Back to top"),
        extra={"name_column": True, "title_once": True}),
    "staffordshire-university-social-value": Layout(
        header="Staffordshire University – Social value", priorities="heading", columns=2,
        skip=("Skip to main content", "Home", "About", "Corporate information", "Finance",
              "Procurement")),
    "lichfield-strategic-plan-2020": Layout(
        header="Lichfield District Council – Strategic plan 2020 - 2024", priorities="bullets",
        skip=("Skip to main content", "Home", "Performance & efficiency", "Strategic plan"),
        extra={"outcome_style": "List Bullet 2"}),
    "mawwfire-strategic-plan-commitments": Layout(
        header="Mid and West Wales Fire and Rescue Service – Strategic Plan 2022-2027",
        priorities="bold-name",
        headings=("Our Vision", "Our Mission", "Our Values", "Our Commitments", "Commitment 1",
                  "Commitment 2", "Commitment 3", "Commitment 4",
                  "Well-being of Future Generations (Wales) Act 2015", "Strategic Plan")),
    # Round eight: twelve more of its documents, chosen for their layout alone (the
    # importer was not run on them): six from each half.
    "cornwall-cabinet-priorities-2017": Layout(
        header="Cornwall Council – Council Cabinet Priorities for Cornwall",
        priorities="heading", columns=2,
        skip=("Skip to main content", "Cornwall Council", "Home", "The council and democracy",
              "Your council",
              "Please read our information on how we are supporting residents and "
              "businesses, as well as information on affected services."),
        headings=("Our values", "Our aims"), extra={"one_space": True}),
    "angus-brechin-montrose-locality-plan-vision": Layout(
        header="Angus Community Planning Partnership – Brechin and Montrose Locality Plan",
        priorities="bold-name", skip=("Skip to main content", "Contents"),
        headings=("Our vision for Brechin and Montrose",)),
    "orkney-council-plan-2018-priority-themes": Layout(
        header="Orkney Islands Council – Council Plan 2018-2023", priorities="heading",
        skip=("Email: [email protected]", "2", "3", "4"), headings=("Contents", "Foreword"),
        extra={"wrapped": True, "new_page": ("Contents", "Foreword")}),
    "north-lanarkshire-programme-of-work-2023": Layout(
        header="North Lanarkshire Council – Programme of Work", priorities="bold-name",
        columns=2, skip=("Skip to main content",), extra={"no_title": True}),
    "tfw-wellbeing-goals-delivery": Layout(
        header="Transport for Wales – Sustainable development", priorities="heading",
        skip=("Skip to main content", "Cymraeg", "Transport for Wales", "About us",
              "Sustainable development"),
        headings=("Well-being of Future Generations (Wales) Act 2015",)),
    "translink-annual-report-2013-objectives": Layout(
        header="Translink – Annual Report & Accounts 2013/14", priorities="bullets",
        skip=("02 ANNUAL REPORT & ACCOUNTS 2013/14", "ANNUAL REPORT & ACCOUNTS 2013/14 03"),
        headings=("CORPORATE VISION, VALUES AND OBJECTIVES", "VISION", "VALUES", "Safety",
                  "People", "Community", "Governance", "OBJECTIVES", "CONTENTS"),
        extra={"wrapped": True, "continues": ("AND OBJECTIVES",),
               "new_page": ("CORPORATE VISION, VALUES AND OBJECTIVES", "CONTENTS")}),
    "braintree-corporate-priorities-2020-consultation": Layout(
        header="Braintree District Council – Our Corporate Priorities 2020 - 2024",
        priorities="heading", columns=2,
        skip=("Skip to main content", "Braintree District Council", "Home",
              "About the council", "Coronavirus (COVID-19)",
              "See our dedicated coronavirus webpage for changes and updates to our "
              "services, how to get help in your community and support and advice for "
              "businesses.", "All coronavirus information", "Complete our feedback form"),
        extra={"title_once": True}),
    "somerset-county-council-business-plan-vision": Layout(
        header="Somerset County Council – Business Plan", priorities="bullets", columns=2,
        skip=("David Fothergill video",),
        headings=("Delivering the County Council Vision",
                  "Our strengths: what Somerset has to offer")),
    "wiltshire-business-plan-2022-draft-news": Layout(
        header="Wiltshire Council – News", priorities="numbered",
        skip=("Skip to main content", "Toggle menu", "Published 17 January 2022",
              "News item standard image")),
    "test-valley-four-year-plan-2023-news": Layout(
        header="Test Valley Borough Council – News", priorities="table",
        skip=("Skip to main content", "Test Valley Borough Council", "Home", "News",
              "Share this page", "Back to top"),
        extra={"name_column": True}),
    "uhi-procurement-strategy-objectives": Layout(
        header="University of the Highlands and Islands – Procurement strategy",
        priorities="numbered"),
    "norfolk-pcc-social-value-policy": Layout(
        header="Norfolk Office of the Police and Crime Commissioner – Social Value Policy",
        priorities="bullets",
        skip=("Skip to content", "Looking for Norfolk Police?",
              "Do you need the Police? Visit the Norfolk Police website", "Document library"),
        headings=("Introduction and Need", "Legislative and Policy Basis")),
    # Round nine: twelve of its documents, chosen for their layout alone (the importer
    # was not run on them): six from each half.
    "nhs-forth-valley-corporate-objectives-2025": Layout(
        header="NHS Forth Valley – Vision and priorities", priorities="bold-name", columns=2,
        skip=("Skip to main content", "NHS Forth Valley", "Home", "About us"),
        headings=("Our Vision", "Our Priorities", "Corporate Objectives 2025 – 26",
                  "Priorities")),
    "morecambe-bay-anchor-network-charter-themes": Layout(
        header="Bay Anchor Network – Our Anchor Charter", priorities="heading",
        headings=("These statements of intent are reflected within six key thematic areas",)),
    "libraries-ni-delivering-tomorrows-libraries-slides": Layout(
        header="Libraries NI – Delivering Tomorrow’s Libraries", priorities="bullets",
        skip=("Libraries NI Irene Knox Chief Executive. Delivering Tomorrow’s Libraries "
              "Lifelong learning, formal...", "10", "Libraries NI Irene Knox Chief Executive",
              "Transcript of Libraries NI Irene Knox Chief Executive. Delivering Tomorrow’s "
              "Libraries Lifelong learning, formal...",
              *(f"Page {n}: Libraries NI Irene Knox Chief Executive. Delivering Tomorrow’s "
                "Libraries Lifelong learning, formal and informal Access to digital skills "
                "and services." for n in (1, 2, 3, 4))),
        headings=("Delivering Tomorrow’s Libraries", "Review of Public Administration (RPA)",
                  "The Northern Ireland Library Authority", "Vision", "Mission"),
        # one slide a page
        extra={"new_page": ("Delivering Tomorrow’s Libraries",
                            "The Northern Ireland Library Authority", "Vision")}),
    "nel-icb-vision-and-priorities": Layout(
        header="NHS North East London – Our vision and priorities", priorities="numbered",
        skip=("Skip to main content",)),
    "pha-ni-corporate-strategy-2011-goals": Layout(
        header="Public Health Agency – Corporate plan", priorities="bullets",
        skip=("Skip to main content", "Public Health Agency", "Home", "Directorates",
              "Directorate of Operations", "Planning and Corporate Services",
              "To view the current and past plans/strategies please scroll down to more "
              "details."),
        headings=("PHA corporate plan", "PHA corporate strategy",
                  "PHA Beyond 2016 – Public Health Agency Corporate Plan 2017-2021")),
    "north-wales-pcc-police-crime-plan-2025-news": Layout(
        header="North Wales Police and Crime Commissioner – News", priorities="bullets",
        skip=("Skip to main content", "Home", "News", "Date"),
        extra={"no_title": True,
               "level_two": ("This encompasses", "This includes", "This involves")}),
    "dorset-pcc-police-crime-plan-priorities-themes": Layout(
        header="Dorset Police and Crime Commissioner – Police and Crime Plan 2021-29",
        priorities="heading", columns=2, skip=("Leave your comments",)),
    "chic-social-value-contractual-commitments": Layout(
        header="CHIC – Contractual Commitments", priorities="bullets", columns=2,
        skip=("Skip to main content", "CHIP", "Home", "Send us a message"),
        headings=("Creating Social Value through Procurement and Asset Management",),
        extra={"bullets": (
            "Volunteering Hours to local groups/charities", "Monetary Donations",
            "Donations of items to communities", "Work Experience",
            "Apprenticeship Opportunities", "Tool Kits for residents", "Food Bank Donations",
            "Reducing Residual Waste", "Donate to CHIPS CCG to further support local "
            "community groups", "Offer career support to local schools",
            "Provide Jobs to local people", "Purchasing Fairtrade commodities",
            "Donate surplus building materials to local communities",
            "Helping to reduce anti-social behaviour")}),
    "scottish-canals-strategic-objectives-annex": Layout(
        header="Transport Scotland – Making the most of Scotland's canals", priorities="table",
        skip=("Skip to main content", "Transport Scotland", "Home", "Publications"),
        headings=("Annex C: The Scottish Government's Policy Framework for Scottish Public "
                  "Bodies",),
        extra={"name_column": True, "heading_once": True}),
    "west-yorkshire-ca-corporate-plan-2021-areas": Layout(
        header="West Yorkshire Combined Authority – Corporate Plan 21 - 22",
        priorities="heading", skip=("Skip to main content",),
        headings=("A foreword from the Mayor", "Our work focuses on the following areas..."),
        extra={"wrapped": True}),
    "epping-forest-our-plan-2023-stronger-place": Layout(
        header="Epping Forest District Council – Our key objectives", priorities="heading",
        skip=("Skip to main content", "Main content", "Your council"),
        extra={"outcome_style": "Heading 3"}),
    "bridgend-corporate-plan-2016-council-minutes": Layout(
        header="Bridgend County Borough Council – Council minutes", priorities="numbered",
        skip=("Agenda item",), extra={"bold_name": True}),
    # Round eleven: twelve of its documents, chosen for their layout alone (the
    # importer was not run on them): five from the tuning half, seven from the frozen half.
    "coventry-one-coventry-plan-2018-performance-report": Layout(
        header="Coventry City Council – One Coventry Plan annual performance report 2018-19",
        priorities="heading", columns=2, skip=("Skip to main content",),
        headings=("One Coventry", "One Coventry Plan (Council Plan)",
                  "About the performance report")),
    "east-kent-hospitals-strategic-themes-objectives": Layout(
        header="East Kent Hospitals University NHS Foundation Trust – Mission, vision and values",
        priorities="heading",
        skip=("Skip to main content", "Home", "Patients and visitors", "About us"),
        headings=("Our mission and vision", "Our strategic themes",
                  "Our pillars of change and strategic objectives", "Our values")),
    "emcca-key-objectives": Layout(
        header="East Midlands Combined County Authority – What we do", priorities="table",
        skip=("Skip to main content", "Home"), headings=("Our key objectives",),
        extra={"name_column": True}),
    "zero-waste-scotland-corporate-plan-2019-strategic-outcomes": Layout(
        header="Zero Waste Scotland – Corporate Plan 2019-23", priorities="bold-name",
        skip=('A lighthouse on a cliff, representing Zero Waste Scotland as "The Lighthouse '
              'of the Circular Economy"',),
        headings=("Our corporate plan", "Our strategic outcomes")),
    "uwl-strategic-plan-2018-commitments": Layout(
        header="University of West London – Strategic Plan 2018-2023", priorities="numbered",
        skip=("How the University works", "Download our full strategic plan (1.9 mb)."),
        headings=("Our commitments:",)),
    "tewkesbury-council-plan-2016-priorities-objectives": Layout(
        header="Tewkesbury Borough Council – Council Plan 2016-20", priorities="heading",
        columns=2,
        skip=("Home > About the Council > Strategies and policies > Tewkesbury Borough "
              "Council plan",),
        headings=("Our vision and values 2016-20", "Our values",
                  "Our priorities and objectives 2016-20")),
    "nlw-strategic-plan-2025-objectives": Layout(
        header="National Library of Wales – Strategic Plan", priorities="heading",
        skip=("Skip to main content",)),
    "avon-somerset-pcc-police-crime-plan-2024-priorities": Layout(
        header="Avon and Somerset Police and Crime Commissioner – Police and Crime Plan",
        priorities="numbered", skip=("Skip to main content", "Home", "Police and Crime Plan"),
        headings=("Roles and responsibilities", "The Police and Crime Commissioner",
                  "The Chief Constable")),
    "transport-for-the-north-business-plan-2024-core-areas": Layout(
        header="Transport for the North – Business Plan 2024/25", priorities="bullets",
        columns=2, skip=("Skip to main content", "Read more"),
        headings=("Our Business Plan 2024/25", "Fit for the future",
                  "Our Strategic Transport Plan"),
        extra={"wrapped": True}),
    "bath-university-strategy-2021-pillars": Layout(
        header="University of Bath – Strategy 2021-26", priorities="bullets"),
    "ni-water-delivering-social-value-themes-news": Layout(
        header="NI Water – News", priorities="bullets",
        skip=("how to save water", "Procurement", "News", "09 May 2022 16:52"),
        headings=("The Background", "So what is social value?", "Opportunities…"),
        extra={"title_once": True}),
    "wychavon-strategy-2016-priorities": Layout(
        header="Wychavon District Council – Our strategy 2016 - 2020", priorities="bullets",
        skip=("Our values",), headings=("What we base our strategy on", "Further information")),
    # Round twelve: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "enfield-council-plan-2020-aims-priorities": Layout(
        header="Enfield Council – Council Plan 2020-2022", priorities="numbered",
        skip=("For more information, view our Enfield Council Plan 2020 to 2022 (PDF, "
              "7594.01 KB)", "View our key strategies:",
              "Housing and Growth Strategy 2020 to 2030 (PDF, 2804.29 KB)",
              "Housing and Growth Targets - August 2020 (PDF, 131.52 KB)", "Local Plan",
              "North London joint waste strategy",
              "Preventing Homelessness and Rough Sleeping Strategy 2020 to 2025 (PDF, "
              "1786.83 KB)", "Enfield Review of Homelessness 2019 (PDF, 990.49 KB)",
              "Enfield Housing Allocations Scheme (PDF, 420.14 KB)",
              "Enfield Council Tenancy Strategy 2022 to 2025 (PDF, 17055.27 KB)",
              "Empowering Young Enfield 2021 to 2025 (Children and Young People's Plan) "
              "(PDF, 2601.96 KB)", "Blue and Green Strategy 2021 to 2031 (PDF, 18561.76 KB)",
              "Hate Crime Strategy 2018 to 2021 (PDF, 860.23 KB)",
              "Health and Wellbeing Strategy", "Looked After Children Strategy (PDF, 482.07 KB)",
              "SAFE Strategy 2019 to 2022 (PDF, 4042.8 KB)",
              "SEND Education Strategy 2018 to 2021 (PDF, 920.93 KB)",
              "Violence Against Women and Girls Strategy (PDF, 994.37 KB)"),
        headings=("The people and the place - delivering for everyone in Enfield",),
        extra={"outcome_style": "List Bullet 2"}),
    "islington-community-wealth-building-objectives": Layout(
        header="Islington Council – Community Wealth Building", priorities="heading",
        columns=2, headings=("Objectives",),
        extra={"no_title": True, "prose": ("Economic wellbeing is having",)}),
    "warwickshire-council-plan-2021-consultation-outcomes": Layout(
        header="Warwickshire County Council – Refreshing the Council Plan",
        priorities="numbered",
        skip=("Closed 17 Oct 2021", "Opened 18 Sep 2021", "Feedback updated 15 Jul 2024"),
        headings=("We asked", "You said", "Vibrant economy and places")),
    "tower-hamlets-strategic-plan-2016-focus": Layout(
        header="London Borough of Tower Hamlets – Strategic Plan 2016-19", priorities="bullets",
        skip=("Download the Strategic Plan 2016-19", "Download the SP Delivery Plan"),
        headings=("The Strategic Plan themes and achievements",)),
    "aberdeen-regional-economic-strategy-four-strands": Layout(
        header="Aberdeen City Council – Strategic Planning", priorities="bullets",
        skip=("How can we help you...",),
        headings=("Aberdeen City the Place", "Aberdeen City Council",
                  "Strategic Planning Framework", "Regional Economic Strategy",
                  "Local Outcome Improvement Plan")),
    "nottinghamshire-social-value-community-benefits": Layout(
        header="Nottinghamshire County Council – Social Value and community benefits",
        priorities="table",
        headings=("Community benefit clauses", "Design and specification", "Selecting suppliers"),
        extra={"name_column": True, "prose": ("Social Value plays a huge part",)}),
    "worcestershire-corporate-plan-2022-four-pillars": Layout(
        header="Worcestershire County Council – Corporate Plan 2022 to 2027",
        priorities="bullets", columns=2,
        headings=("Foreword by Councillor Simon Geraghty",)),
    "hillingdon-draft-council-strategy-2022-commitments-news": Layout(
        header="Hillingdon Council – News", priorities="numbered", columns=2,
        skip=("Front of Uxbridge Civic Centre",)),
    "npt-psb-annual-report-2025-four-goals-news": Layout(
        header="Neath Port Talbot Public Services Board – News", priorities="bullets",
        columns=2, extra={"no_title": True}),
    "bedford-future-priorities-recruitment-page": Layout(
        header="Bedford Borough Council – Future priorities", priorities="bold-name",
        headings=("Working together",)),
    # Round fourteen: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "mid-ulster-community-plan-midterm-revised-objectives": Layout(
        header="Mid Ulster District Council – Community Plan", priorities="heading",
        skip=("Skip to main content",),
        headings=("Theme 1 & 2 Economic Growth and Infrastructure",
                  "Theme 3 Education and Skills", "Theme 4 Health and Wellbeing")),
    "derby-council-plan-2022-four-themes": Layout(
        header="Derby City Council – Council Plan 2022-2025", priorities="bold-name",
        columns=2,
        skip=("Skip to main content", "Home", "Council and democracy",
              "Councillors, democracy and elections", "Policies and plans",
              "Council Delivery Plan 2024-25")),
    "west-dunbartonshire-cpp-loip-2017-consultation-outcomes": Layout(
        header="West Dunbartonshire CPP – Local Outcome Improvement Plan",
        priorities="numbered",
        skip=("Skip to content",
              "If you would like to give us your views please complete the online survey "
              "here:", "This consultation closed", "Fri 28 July 2017 11:59 PM"),
        headings=("What have we done so far?",),
        extra={"no_title": True, "one_space": True}),
    "lincoln-university-procurement-csr-headings": Layout(
        header="University of Lincoln – Procurement", priorities="heading",
        skip=("Leave a Reply",)),
    "ceredigion-psb-wellbeing-plan-2023-objectives-news": Layout(
        header="Ceredigion County Council – News", priorities="table",
        skip=("Skip to main content", "Ceredigion County Council website"),
        extra={"name_column": True}),
    "westminster-fairer-westminster-strategy-ambitions": Layout(
        header="Westminster City Council – Fairer Westminster", priorities="heading",
        columns=2,
        skip=("Skip to main content",
              "a cartoon of people helping each other up a flight of stairs",
              "A cartoon blue house with four windows and people in each one"),
        headings=("About the strategy", "The outcomes we want for Westminster")),
    "haringey-borough-plan-2019-priorities-archive": Layout(
        header="Haringey Council – Borough Plan 2019-23", priorities="heading", columns=2,
        skip=("Back to top",), headings=("Our Borough Plan priorities",)),
    "hounslow-corporate-plan-2019-pledges": Layout(
        header="London Borough of Hounslow – Corporate Plan 2019-2024", priorities="table",
        # the sharing site's lines, the PDF's side title a few letters a line, the page
        # numbers and the cover's lines that repeat the title
        skip=("london borough of hounslow corporate …...london borough of hounslow "
              "corporate plan 201-202 3...", "12", "Upload: others", "Post on 15-Jul-2020",
              "0 views", "Category:", "Documents", "0 download", "TRANSCRIPT",
              "Page 1: LONDON BOROUGH OF HOUNSLOW CORPORATE …...London Borough of Hounslow "
              "CORPORATE PLAN 201-202 3 Leader’s introduction Local government touches the "
              "lives of everyone. The London Borough",
              "Page 2: LONDON BOROUGH OF HOUNSLOW CORPORATE …...London Borough of Hounslow "
              "CORPORATE PLAN 201-202 3 Leader’s introduction Local government touches the "
              "lives of everyone. The London Borough",
              "Lon", "do", "n B", "oro", "ug", "h o", "f H", "f Ho", "ou", "un", "nsl", "ow",
              "slow", "CO", "RPO", "RA", "TE P", "LAN", "2019-2", "024", "1", "2",
              "2019-2024", "LONDON BOROUGH OF HOUNSLOW", "CORPORATE PLAN"),
        headings=("OUR PLEDGES",), extra={"name_column": True}),
    "sps-corporate-plan-2012-contents-change-priorities": Layout(
        header="Scottish Prison Service – Corporate Plan 2012-15", priorities="bullets",
        skip=("1",),
        headings=("Our Vision", "Our Mission", "Our Values",
                  "Our Vision for Valuing Diversity, Promoting Equality and Human Rights",
                  "Contents"),
        extra={"new_page": ("Contents",)}),
    "gateshead-corporate-plan-2025-action-plan-pledges": Layout(
        header="Gateshead Council – Corporate Plan 2025-2030", priorities="numbered",
        skip=("Toggle menu",
              "The Strength of Gateshead is the People of Gateshead - Gateshead Council "
              "Corporate Plan 2025-30"),
        headings=("Corporate Plan 2025-2030 - Action Plan", "Purpose of the Corporate Plan",
                  "How we will deliver our Corporate Plan", "Our pledges:",
                  "Our priority areas"),
        extra={"bullets": (
            "the strategic priorities of the council - so that resources, delivery plans, "
            "strategies and operational activity can be aligned to them; and",
            "how the council will continue to transform and drive improvement in services to "
            "deliver our priorities and operate in the most effective, productive, and "
            "impactful way")}),
    # Round fifteen: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "coventry-social-value-policy-activity-types": Layout(
        header="Coventry City Council – Social Value and Sustainability Policy",
        priorities="heading", skip=("Skip to main content",), extra={"grid": True}),
    "lancashire-social-value-policy-framework-2024-background": Layout(
        header="Lancashire County Council – Social value policy and framework 2024-28",
        priorities="bullets", skip=("Skip to main content",),
        headings=("Content", "Background"),
        extra={"new_page": ("Background",), "contents": (
            "Background", "What is social value?", "Policy purpose", "Policy objectives",
            "Social value measurement framework", "Unlocking social value",
            "Further implementation", "Governance", "Contact", "Appendix 1: Lancashire TOMs",
            "Appendix 2: Useful links",
            "Appendix 3: Social value through the procurement and contract management cycle")}),
    "flintshire-social-value-priorities-2020-news": Layout(
        header="Flintshire County Council – News", priorities="bullets", columns=2,
        skip=("Skip to main content", "Latest News")),
    "hefcw-future-generations-priority-areas": Layout(
        header="Higher Education Funding Council for Wales – Welsh Government priorities",
        priorities="bullets", skip=("Skip to page content",)),
    "north-herts-council-plan-2024-council-minutes": Layout(
        header="North Hertfordshire Council – Council minutes", priorities="bullets",
        skip=("Issue - meetings", "46 COUNCIL PLAN AND PRIORITIES 2024-2028 pdf icon PDF 444 KB",
              "Additional documents:", "Audio recording – 3 hours 8 minutes 40 seconds"),
        extra={"one_space": True}),
    "cheshire-east-social-value-themes": Layout(
        header="Cheshire East Council – Social value", priorities="table",
        skip=("Skip to main content", "Page last reviewed: 26 February 2024"),
        headings=("How we deliver social value", "Activities as an employer",
                  "Community assets", "Impact on the environment"),
        extra={"name_column": True}),
    "cambs-fire-vision-strategic-aims": Layout(
        header="Cambridgeshire Fire and Rescue Service – About us", priorities="heading",
        columns=2, skip=("Vision diagram",), headings=("What does each part mean?",),
        extra={"title_once": True}),
    "qub-procurement-strategy-key-objectives": Layout(
        header="Queen’s University Belfast – Finance Directorate", priorities="bullets",
        skip=("Skip to main content", "Directorates", "Finance Directorate",
              "Financial Services", "Procurement"),
        extra={"title_once": True, "level_two": ("that ",)}),
    "dudley-social-value-policy-objectives": Layout(
        header="Dudley Council – Social value policy", priorities="heading",
        skip=("Skip to main content",), headings=("Council Plan and Borough Vision",),
        extra={"no_title": True}),
    "flintshire-social-value-cabinet-2020-minutes": Layout(
        header="Flintshire County Council – Cabinet minutes", priorities="bullets",
        skip=("Issue - meetings", "130 Social Value pdf icon PDF 115 KB",
              "Additional documents:"),
        headings=("Decision:", "Minutes:")),
    # Round sixteen: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "cumberland-council-plan-2023-draft-focus": Layout(
        header="Cumberland Council – Cumberland Council Plan", priorities="bullets",
        columns=2, skip=("Skip to main content", "Home", "Your council"),
        headings=("Our values",), extra={"title_once": True}),
    "medway-council-plan-2023-people-outcomes": Layout(
        header="Medway Council – Council Plan", priorities="heading",
        skip=("landscape image of medway",),
        headings=("Priority. PEOPLE. Supporting residents to realise their potential",
                  "Outcome: Healthy and active communities", "Outcome: Resilient families")),
    "mmu-sustainable-procurement-requirements": Layout(
        header="Manchester Metropolitan University – Sustainable Procurement",
        priorities="bold-name", columns=2, skip=("Heading",), extra={"one_space": True}),
    "leeds-best-council-plan-2019-city-priorities": Layout(
        header="Leeds City Council – Best Council Plan 2019/20 to 2020/21", priorities="table",
        skip=("Skip to content", "Transforming Leeds", "Home", "About us"),
        headings=("What are our priorities?",),
        extra={"title_once": True, "name_column": True}),
    "carmarthenshire-community-benefits-2023-areas": Layout(
        header="Carmarthenshire County Council – Community Benefits", priorities="heading",
        skip=("Page updated on: 15/08/2023",)),
    "dyfed-powys-pcc-police-crime-plan-2021-contents": Layout(
        header="Dyfed-Powys Police and Crime Commissioner – Police and Crime Plan",
        priorities="heading", headings=("Foreword",),
        extra={"no_title": True, "new_page": ("Foreword",), "contents": (
            "Foreword", "My Vision: A Dyfed-Powys of Safe Communities 4",
            "My Priorities for Policing and Crime", "Priority 1: Victims are supported 5",
            "Priority 2: Harm is prevented 8",
            "Priority 3: Our justice system is more effective 10", "Values 13",
            "Working Together 14", "Being Accountable 15", "Being Sustainable 16",
            "Engaging Widely 17", "Resources 18", "Services that I fund 20",
            "How you can support me to deliver this Plan 22",
            "Independent Custody Visitors 22", "Animal Welfare Visitors 22",
            "Quality Assurance Panel 23", "Youth Ambassadors 23",
            "Victim Engagement Forum 23", "Context 24", "Our area 24", "Our people 24",
            "Roles and responsibilities 25", "About this Plan 26")}),
    "tendring-corporate-plan-2016-priorities": Layout(
        header="Tendring District Council – Corporate Plan 2016 to 2020",
        priorities="heading", columns=2,
        skip=("Skip to main content", "Home", "Council", "Performance and spending",
              "Please see the emerging Corporate Plan for 2020 - 2024",
              "Last updated on: 19/12/2019 - 09:42"),
        headings=("Corporate Plan 2016 to 2020",), extra={"title_once": True}),
    "mid-east-antrim-pip-2024-year-end-objectives": Layout(
        header="Mid and East Antrim Borough Council – Performance Improvement Plan",
        priorities="bold-name",
        skip=("All Council parks and play parks are currently closed due to Storm Floris.",
              "Please do not visit our play parks or parks during the storm warning period.",
              "Performance Improvement Plan 2024 to 2025 Year-end Update p2"),
        headings=("Duty to Improve", "Arrangements to Secure Continuous Improvement",
                  "Our Improvement Objectives", "Objective 1:", "Objective 2:",
                  "Objective 3:", "Year-end Performance Summary")),
    "pcsps-strategic-priorities-expected": Layout(
        header="Policing and Community Safety Partnerships – Strategic Objectives",
        priorities="heading", skip=("Skip to main content",)),
    "nhs-lanarkshire-corporate-objectives-ldp-areas": Layout(
        header="NHS Lanarkshire – Corporate Governance", priorities="bullets", columns=2,
        skip=("Go Search",), headings=("Local Delivery Plan", "Corporate Objectives")),
    # Round seventeen: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "southend-corporate-plan-2023-delivering-priorities": Layout(
        header="Southend-on-Sea City Council – Corporate Plan 2023-2027", priorities="table",
        skip=("Contact the Insights Team", "Go to top"), headings=("Delivering priorities",),
        extra={"continues": ("and in their communities",)}),
    "cumberland-social-value-toolkit-four-key-areas": Layout(
        header="Cumberland Council – Social Value Toolkit", priorities="numbered", columns=2,
        headings=("Purpose of our Social Value Toolkit", "Our commitment")),
    "tower-hamlets-strategic-plan-2022-eight-priorities": Layout(
        header="London Borough of Tower Hamlets – Strategic Plan 2022-26",
        priorities="heading", skip=("Download the Strategic Plan 2022-2026",),
        headings=("Our priorities",)),
    "welwyn-hatfield-annual-report-2020-our-council-objectives": Layout(
        header="Welwyn Hatfield Borough Council – Annual report 2019-20", priorities="bullets",
        columns=2, skip=("Skip to main content",),
        headings=("Our council", "Our Objectives:", "Our Achievements:")),
    "south-gloucestershire-jhws-2017-areas-for-collective-action": Layout(
        header="South Gloucestershire Council – Joint Health and Wellbeing Strategy 2017-21",
        priorities="numbered",
        skip=("Skip to main content",
              "Access keys Home News Site map Site help Complaints Terms Contact us",
              "Infographic showing our areas of focus"),
        headings=("Areas for collective action",), extra={"no_title": True}),
    "hammersmith-fulham-climate-challenges-what-we-are-doing": Layout(
        header="Hammersmith & Fulham Council – Climate and Ecology Strategy",
        priorities="bullets", columns=2,
        skip=("A good place to start is the accessible summary of our Climate and Ecology "
              "Strategy (pdf 507KB).", "Full strategy", "Supporting documents",
              "Translate this website"),
        headings=("Climate and Ecology Strategy", "The actions we’re taking")),
    "tunbridge-wells-csp-priorities-2015": Layout(
        header="Tunbridge Wells Community Safety Partnership – Community Safety",
        priorities="bullets", skip=("Skip to main content",),
        headings=("What is Community Safety?", "Our priorties"), extra={"one_space": True}),
    "scottish-government-community-wealth-building-five-pillars": Layout(
        header="Scottish Government – Community wealth building", priorities="heading"),
    "york-university-sustainability-plan-sdg-objectives": Layout(
        header="University of York – Sustainability Plan", priorities="heading",
        skip=("Skip to content Accessibility statement",
              "Home>About the University>Sustainability>Sustainability Plan",
              "Campus East Ariel View", "Watch on YouTube", "Track our progress"),
        headings=("Guided by Sustainable Development Goals",)),
    "stoke-draft-corporate-strategy-2024-our-city-our-wellbeing": Layout(
        header="Stoke-on-Trent City Council – Draft Corporate Strategy 2024-2028",
        priorities="numbered",
        skip=("Draft Priorities flowe", "Have your say", "This engagement exercise has now closed.",
              "Read the Draft Corporate Strategy here"),
        headings=("Our City, Our Wellbeing", "What happens next…")),
    # Round eighteen: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "rushmoor-procurement-strategy-2020-main-aims": Layout(
        header="Rushmoor Borough Council – Procurement strategy", priorities="heading",
        skip=("Skip to main content", "Home", "Business, licensing and skills",
              "Doing business with the council", "How we do business"),
        headings=("Contact us",)),
    "peterborough-corporate-strategy-2025-core-priorities": Layout(
        header="Peterborough City Council – Corporate Strategy", priorities="table",
        skip=("Skip to main content",), headings=("Creating a city of opportunity",),
        extra={"name_column": True}),
    "cumberland-procurement-policy-2025-social-value-local-economy": Layout(
        header="Cumberland Council – Procurement Policy 2025 to 2029", priorities="bold-name",
        columns=2),
    "scottish-government-our-place-in-time-cross-cutting-priorities": Layout(
        header="Scottish Government – Our Place in Time", priorities="bold-name",
        skip=("Skip to main content", "gov.scot"),
        headings=("A - Cross-Cutting Strategic Priorities", "Strategic Priorities")),
    "staffordshire-strategic-plan-2022-council-minutes": Layout(
        header="Staffordshire County Council – Council minutes", priorities="bullets",
        skip=("Agenda item",), headings=("Minutes:",)),
    "buckinghamshire-corporate-plan-strengthening-communities": Layout(
        header="Buckinghamshire Council – Corporate plan", priorities="bullets", columns=2,
        skip=("Skip to main content",),
        headings=("Key priority: strengthening our communities", "We want:",
                  "Working with partners, we will:")),
    "waltham-forest-priorities-2015-commitments": Layout(
        header="London Borough of Waltham Forest – Council priorities", priorities="heading",
        skip=("Benefits and money advice",),
        headings=("Council priorities", "Priority: Keep your neighbourhood clean and safe"),
        extra={"bullets": (
            "Commitment: Providing neighbourhood officers who will work with the community to "
            "keep your streets clean",
            "Commitment: Establishing an anti-social behaviour team to help keep our streets "
            "feeling safe",
            "Commitment: Continuing to collect your bins every week, providing a free bulky "
            "waste service and prosecuting fly-tippers",
            "Commitment: Delivering an anti-gangs programme in partnership with the police to "
            "provide our young people and their families with a positive future",
            "Commitment: Supporting our schools and colleges to provide top quality education "
            "and training across the borough")}),
    "public-procurement-strategy-scotland-2023-objectives": Layout(
        header="Scottish Government – Public procurement strategy: 2023 to 2028",
        priorities="heading", extra={"outcome_style": "Heading 3"}),
    "argyll-bute-council-priorities-2017": Layout(
        header="Argyll and Bute Council – Priorities 2017 - 2022", priorities="bullets",
        skip=("Skip to main content",),
        headings=("Priorities of Argyll and Bute Council 2017 - 2022",
                  "Education meets the needs of all our young people and their families:"),
        extra={"level_two": ("a determination to ensure",)}),
    "neath-port-talbot-business-social-value-three-benefits": Layout(
        header="Neath Port Talbot Council – Business in Neath Port Talbot",
        priorities="bullets", columns=2),
    # Rounds twenty and twenty-one: ten of their documents, chosen for their layout alone
    # (the importer was not run on them): five from each half.
    "belfast-draft-corporate-plan-2025-city-priorities-themes": Layout(
        header="Belfast City Council – Draft Corporate Plan 2025-2028", priorities="heading",
        columns=2, skip=("Skip to main content", "Published January 2025"),
        headings=("Our city priorities", "Our Big Ambitions for Belfast by 2035")),
    "rdash-28-promises-groups": Layout(
        header="RDaSH – Our 28 promises", priorities="bold-name",
        skip=("Skip to main content",), headings=("Promises 1 to 5", "Promises 6 to 12")),
    # a PDF's lines: the contents page, then the Background section on a new page
    "spt-rts-delivery-plan-2018-update-contents": Layout(
        header="SPT – Regional Transport Strategy Delivery Plan", priorities="heading",
        skip=("RTS Delivery Plan: 2018/19 - 2021/22 update - Regional Transport Strategy "
              "APPENDIX 1 - SPT", "Page created by Nelson Chang", "CONTINUE READING", "i"),
        headings=("RTS Delivery Plan: 2018/19 – 2021/22 update", "Table of Contents",
                  "1 Background"),
        extra={"wrapped": True, "new_page": ("1 Background",), "continues": (
            "Regional Transport Strategy",
            "sets out a vision for transport for the region and shared goals of SPT and "
            "partners. The RTS, in line")}),
    "south-west-wales-cjc-corporate-plan-2024-minutes-objectives": Layout(
        header="South West Wales Corporate Joint Committee – Minutes", priorities="table",
        skip=("Skip to main content", "Agenda item"), headings=("Decision:", "Minutes:"),
        extra={"name_column": True}),
    "hackney-equality-plan-2024-objectives": Layout(
        header="Hackney Council – Plans, policies and strategies", priorities="numbered",
        skip=("Skip to main content", "Plans, policies and strategies"),
        headings=("Strategic Plan", "Equality Plan 2024 to 2026", "Working with communities:",
                  "Underpinning organisational objectives:", "Anti-racism framework")),
    "public-health-scotland-strategic-plan-2022-headings": Layout(
        header="Public Health Scotland – Strategic plan 2022 to 2025", priorities="heading",
        columns=2, skip=("Skip to main content", "Home", "About us",
                         "What we do and how we work")),
    "tactran-draft-rts-2023-consultation-proposals-news": Layout(
        header="Tactran Regional Transport Partnership – News", priorities="bullets",
        skip=("Skip to main content", "Home", "News", "Transport Links body"),
        extra={"outcome_style": "List Bullet 2"}),
    "denbighshire-draft-corporate-plan-2022-themes-news": Layout(
        header="Denbighshire County Council – Draft objectives", priorities="table",
        extra={"no_title": True, "name_column": True}),
    # a transcript of the PDF: its cover, the contact page, then the contents page
    "aberdeenshire-hscp-strategic-plan-2020-contents": Layout(
        header="Aberdeenshire Health and Social Care Partnership – Strategic Plan 2020 – 2025",
        priorities="heading",
        skip=("Aberdeenshire Health and Social Care...", "48",
              "Transcript of Aberdeenshire Health and Social Care...",
              "Aberdeenshire Health and Social Care PartnershipStrategic Plan 2020 – 2025",
              "Aberdeenshire Health & Social Care Partnership", "[email protected]",
              "3Aberdeen Health and Social Care Partnership") + tuple(
              f"Page {n}: Aberdeenshire Health and Social Care Partnershippublications."
              "aberdeenshire.gov.uk/dataset/92dd401b-c939...Aberdeenshire that make a "
              "valued contribution to health and wellbeing alongside" for n in (1, 2, 3)),
        headings=("Contents",),
        extra={"glued": True, "new_page": ("Contents",), "contents": (
            "Foreword 4", "Plan on a Page 5", "Introduction 6", "Working together 6",
            "About us 8", "Integration of health and social care 8", "Performance to Date 9",
            "Health and wellbeing of our population 11",
            "National context for this strategic plan 14", "Working Together 13",
            "Health and social care standards 14", "Strategic context 14",
            "Our strategic priorities 19", "Prevention and Early Intervention 21",
            "Reshaping care 24", "Engagement 27", "Effective Use of Resources 30",
            "Tackling Inequalities and Public Protection 33", "Measuring Performance 35",
            "The Partnership’s Financial Plan 38", "Medium Term Financial Strategy 39",
            "Commissioning 40")}),
    "bangor-university-health-wellbeing-strategy-2020-areas": Layout(
        header="Bangor University – Health and Wellbeing Strategy 2020-2024",
        priorities="numbered", columns=2,
        skip=("Skip to main content", "Home", "Health and Wellbeing",
              "Accessible PDF Version of Strategy Diagram"),
        headings=("Bangor University Health and Wellbeing Strategy 2020 – 2024",)),
    # Round twenty-four: ten of its documents, chosen for their layout alone (the
    # importer was not run on them): five from each half.
    "chelmsford-our-chelmsford-our-plan-2021-four-themes": Layout(
        header="Chelmsford City Council – Our Chelmsford, Our Plan", priorities="heading",
        columns=2,
        skip=("Skip to main content", "Chelmsford City Council", "You can download the plan.",
              "Mandatory field", "Is there something wrong with this page?",
              "Last updated: 13 April 2021", "Go to:")),
    "thurrock-vision-priorities-2018-people-place-prosperity": Layout(
        header="Thurrock Council – Our vision and priorities", priorities="bold-name",
        skip=("Skip to main content", "Home", "Your council", "Our vision and priorities"),
        headings=("Our vision", "Our priorities", "Corporate priority projects 2021/22",
                  "Economic growth:")),
    "newcastle-city-council-plan-vision-four-priorities": Layout(
        header="Newcastle City Council – Council Plan", priorities="table",
        skip=("Skip to main content", "Home", "Your council and democracy",
              "Policies, plans and performance", "Council plan", "Page last updated:",
              "7 September 2017", "Was this page useful?"),
        headings=("The context we are delivering in",), extra={"name_column": True}),
    "stirling-council-key-priorities-2021-progress-news-six-headings": Layout(
        header="Stirling Council – News", priorities="numbered",
        headings=('"Incredible achievements"',), extra={"no_title": True}),
    "north-london-nhs-ft-strategy-four-strategic-aims": Layout(
        header="North London NHS Foundation Trust – Our vision, values and strategy",
        priorities="bullets", columns=2,
        skip=("Skip to main content", "Home", "About us", "Our vision, values and strategy"),
        headings=("Our four Strategic Aims for the Trust", "Our Strategic Objectives")),
    "sport-wales-strategy-six-levels-of-strategic-intent-caps": Layout(
        header="Sport Wales – Enabling Sport in Wales to Thrive", priorities="numbered",
        skip=("Skip to main content",),
        headings=("What we want to achieve", "How we are changing"),
        extra={"bold_name": True}),
    "cherwell-annual-delivery-plan-2022-strategic-priorities": Layout(
        header="Cherwell District Council – Annual Delivery Plan 2022-2024",
        priorities="heading",
        skip=("Skip to main content", "Home", "Your council", "Performance", "Business Plan"),
        headings=("Our Plan",)),
    "hastings-corporate-plan-2020-24-what-we-want-to-achieve": Layout(
        header="Hastings Borough Council – Corporate Plan 2020-24", priorities="heading",
        columns=2,
        skip=("Skip to main content", "Home", "My council", "Corporate plan 2023 update"),
        headings=("Outcomes", "Priorities")),
    "dumfries-galloway-council-priorities-2014-gazette-news-four-priorities": Layout(
        header="Dumfries and Galloway Council – Council priorities", priorities="bold-name"),
    "belfast-corporate-plan-2020-24-page-five-pillars": Layout(
        header="Belfast City Council – Corporate plan and improvement plan",
        priorities="bullets", columns=2,
        skip=("Skip to main content", "Read our corporate plan",
              "Read our 2023 to 2024 delivery plan"),
        headings=("Corporate Plan 2020-2024",)),
    # Round twenty-seven: ten of its documents, chosen for their layout alone (the
    # importer was not run on them): five from each half.
    "flintshire-council-plan-2018-19-six-priorities-news": Layout(
        header="Flintshire County Council – News", priorities="bullets",
        skip=("Latest News",),
        extra={"wrapped": True, "continues": (
            "new affordable homes, increase the number of properties managed by NEW Homes",)}),
    "west-lothian-customer-strategy-2023-28-five-corporate-priorities": Layout(
        header="West Lothian Council – Customer Strategy 2023 to 2028", priorities="bullets",
        columns=2, skip=("Toggle menu",),
        headings=("Supporting the Corporate Strategies", "Corporate Priorities")),
    "lisburn-castlereagh-pip-2025-26-draft-two-objectives-corporate-themes": Layout(
        header="Lisburn & Castlereagh City Council – Performance Improvement Plan 2025/26 "
               "(draft)", priorities="bullets", columns=2,
        headings=("Why have we chosen these objectives?",), extra={"no_title": True}),
    "mid-ulster-improvement-objectives-2020-22-four-objectives-page": Layout(
        header="Mid Ulster District Council – Corporate Improvement Objectives",
        priorities="numbered", skip=("Skip to main content", "A to Z of Council Services"),
        headings=("Objective Performance improvement objectives for 2020-2021 and 2021-2022",)),
    # the flipbook's contents page: its page line and a bare page number left out; the
    # three sections' entries are contents lines like the others, not headings
    "cairngorms-park-partnership-plan-2022-contents-nature-people-place": Layout(
        header="Cairngorms National Park Authority – National Park Partnership Plan 2022-27",
        priorities="heading",
        skip=("Cairngorms National Park Partnership Plan 2022-27 - Other - Page 3", "5"),
        headings=("Contents",), extra={"no_title": True, "contents": (
            "Nature." + " ." * 49 + " 28",
            "People." + " ." * 49 + " 56",
            "Place ." + " ." * 50 + " 78")}),
    "north-ayrshire-council-plan-2023-28-four-priorities-page": Layout(
        header="North Ayrshire Council – Council Plan 2023 to 2028", priorities="table",
        skip=("Home   Council & democracy   Strategies, plans and policies   North Ayrshire "
              "Council Plan",
              "A British Sign Language (BSL) version of our Council Plan video is available."),
        headings=("Our Council Plan 2023 to 2028",), extra={"name_column": True}),
    "sunderland-anchor-institutions-cwb-charter-five-commitments": Layout(
        header="Sunderland City Council – Community Wealth Building", priorities="bold-name",
        columns=2,
        skip=("Toggle menu", "Case Study", "Sunderland Low Carbon Framework", "Share this page",
              "Share on Facebook Share on Twitter Share by email")),
    "pha-ni-public-health-directorate-main-areas-of-action": Layout(
        header="Public Health Agency – Public Health", priorities="heading", columns=2),
    "winchester-council-plan-2025-30-policy-committee-three-themes-minutes": Layout(
        header="Winchester City Council – Economy and Housing Policy Committee minutes",
        priorities="numbered",
        skip=("Issue - meetings", "10 Council Plan 2025-30 (Presentation) pdf icon PDF 273 KB",
              "Additional documents:"), extra={"restart": True}),
    "medr-our-priorities-welsh-government-statement-2024-five-areas": Layout(
        header="Medr – Our priorities", priorities="bullets",
        headings=("The Welsh Government’s statement of strategic priorities for tertiary "
                  "education, research and innovation",
                  "Our strategy – turning the priorities into action.", "Our consultation")),
    # Round twenty-eight: ten of its documents, chosen for their layout alone (the
    # importer was not run on them): five from each half.
    "belfast-trust-vision-page-guiding-principles": Layout(
        header="Belfast Health and Social Care Trust – Corporate Plan 2013-2016",
        priorities="bullets", columns=2, headings=("Our Purpose", "Our Vision")),
    "orkney-community-plan-2014-17-orcadian-news-three-priorities": Layout(
        header="The Orcadian – News", priorities="table",
        skip=("Kirkwall", "Kirkwall Airport", "Stromness", "North Ronaldsay", "South Ronaldsay",
              "Cruise Arrivals"),
        extra={"name_column": True}),
    "fife-hscp-your-community-locality-interventions": Layout(
        header="Fife Health & Social Care Partnership – Locality Planning",
        priorities="bullets", columns=2, headings=("The Journey",)),
    "nhs-grampian-plan-for-future-delivery-plan-2025-two-components": Layout(
        header="NHS Grampian – Plan for the Future: Delivery Plan", priorities="bullets",
        headings=("NHS Grampian Route Map for Strategic Change – Our Bridge to the Future",),
        extra={"no_title": True}),
    # a news story: the priorities run on in its prose; the plan's link left out
    "fermanagh-omagh-corporate-plan-2024-28-launch-news-run-in": Layout(
        header="Fermanagh and Omagh District Council – News", priorities="bullets",
        skip=("Skip to main content", "Home", "News",
              "To view Our Council, Our Plan 2024-2028, click here.", "Share this page")),
    "upton-parish-council-aims-objectives-2014-15": Layout(
        header="Upton Parish Council – Aims and Objectives 2014-15", priorities="bold-name",
        skip=("Skip to content", "Home", "Council")),
    "north-west-london-icb-joint-forward-plan-2024-priorities-minutes": Layout(
        header="London Borough of Hillingdon – Health and Wellbeing Board minutes",
        priorities="numbered", skip=("Skip to main content", "Agenda item"),
        headings=("Minutes:",), extra={"no_title": True}),
    "wem-rural-parish-council-aims-objectives": Layout(
        header="Wem Rural Parish Council – Our aims, objectives and work",
        priorities="bullets", columns=2,
        skip=("Skip to content", "Home",
              "You can read the statement on value for money through this link."),
        headings=("Community Governance, Community Leadership and Performance Management",)),
    "cosla-blueprint-local-government-2020-six-themes-news": Layout(
        header="COSLA – News", priorities="bullets"),
    "wrexham-council-plan-2013-17-welcome-four-themes-run-in": Layout(
        header="Wrexham County Borough Council – Council Plan 2013-2017", priorities="heading",
        headings=("Welcome to our Council Plan", "The Council Plan Framework")),
    # Round twenty-nine: ten of its documents, chosen for their layout alone (the
    # importer was not run on them): five from each half.
    "pembrokeshire-how-to-tender-guide-wellbeing-ethical-trading": Layout(
        header="Pembrokeshire County Council – How to Tender Guide", priorities="heading",
        skip=("Skip to main content", "Home", "Business"),
        headings=("Wellbeing and Ethical Trading in the Supply Chain",),
        extra={"title_once": True}),
    "west-northamptonshire-one-plan-2025-news-four-aims": Layout(
        header="West Northamptonshire Council – News", priorities="bold-name",
        skip=("Community",), headings=("Our vision",)),
    # the principles' names beside their descriptions; the guidance links set as bullets
    "translink-procurement-policies-ni-guiding-principles-2025": Layout(
        header="Translink – Procurement Policies", priorities="table",
        skip=("Skip to main content", "Home", "Corporate", "Procurement"),
        headings=("Legislation", "Procurement Act 2023", "Northern Ireland Procurement Policy"),
        extra={"name_column": True, "bullets": (
            "Information and guidance for suppliers - GOV.UK",
            "The Procurement Act 2023: A short guide for suppliers (HTML) - GOV.UK")}),
    "scottish-procurement-tools-communities-policy-context-common-goals": Layout(
        header="Sustainable Procurement Tools – Communities: Policy and legal context",
        priorities="bullets", columns=2,
        skip=("Sustainable Procurement Tools", "Home", "Guidance", "Communities"),
        headings=("Legal context",),
        extra={"level_two": ("smart growth", "sustainable growth", "inclusive growth")}),
    # the photograph's caption left out
    "south-ayrshire-community-benefit-clauses-examples-delivered": Layout(
        header="South Ayrshire Council – Community benefit clauses in procurement",
        priorities="bullets",
        skip=("Accessibility Skip to main content", "Crudens prize winners")),
    "lambeth-social-value-fund-application-eight-sub-themes": Layout(
        header="Lambeth Council – Social value fund", priorities="heading", columns=2,
        skip=("Skip to main content", "Home", "Changing lives", "Apply now", "Share this page",
              "Back to top"),
        headings=("Sub themes",)),
    "essex-social-value-provider-hub-four-themes-eight-outcomes": Layout(
        header="Essex County Council – Provider Hub", priorities="numbered",
        skip=("RideLondon 2024", "Calling all Care Workers! Launch of the Essex Care Worker Survey",
              "New Safeguarding Portal",
              "Individuals and professionals can now submit adult safeguarding referrals "
              "through a new online portal.",
              "Essex County Council - Provider Hub", "Text size:"),
        headings=("Social Value through public procurement",
                  "We have 4 key social value Themes", "We have 8 key social value Outcomes")),
    "kent-draft-strategic-statement-2025-reforming-kent-four-aims": Layout(
        header="Kent County Council – Draft Strategic Statement 2025-2028",
        priorities="bullets", columns=2,
        skip=("We use cookies to ensure our site functions properly and to store limited "
              "information about your usage. You may give or withdraw consent at any time. "
              "To find out more, read our privacy policy and cookie policy.",
              "Manage Cookies"),
        headings=("Reforming Kent 2025-2028", "Your feedback", "What happens next?")),
    "new-forest-corporate-plan-2024-28-fordingbridge-news-themes": Layout(
        header="New Forest District Council – News", priorities="bold-name",
        skip=("Skip to content", "Home", "News",
              "Cover of the New Forest District Council Corporate plan 2024-2028, featuring "
              "the council logo, title, and images representing the community, nature, and "
              "coastline of the district in a teal, purple and green color scheme")),
    "communities-ni-social-housing-development-procurement-strategy-objectives": Layout(
        header="Department for Communities – Housing Association Guide",
        priorities="bullets",
        skip=("Skip to main content", "Home", "Housing",
              "Part of: Housing Association Guide, Procurement Guide"),
        headings=("Procurement Strategy Objectives",
                  "Programme Board Purpose – Terms of Reference")),
    # Round thirty: ten of its documents, chosen for their layout alone (the importer
    # was not run on them): five from each half.
    "chesterfield-council-plan-2023-three-priorities": Layout(
        header="Chesterfield Borough Council – Council plan 2023 to 2027", priorities="bullets",
        columns=2, skip=("Skip to main content", "Home", "Your council"),
        headings=("Putting our communities first", "How we will work")),
    "hartlepool-your-say-our-future-2016-four-aims": Layout(
        header="Hartlepool Borough Council – Your Say, Our Future", priorities="bullets",
        skip=("Skip to main content", "Home", "Your say smaller")),
    "warrington-leaders-blog-2018-housing-strategy-four-priorities": Layout(
        header="Warrington Borough Council – Leader's blog", priorities="numbered",
        skip=("Back to main website",)),
    "rct-corporate-plan-2020-cabinet-agrees-news-three-priority-areas": Layout(
        header="Rhondda Cynon Taf County Borough Council – News", priorities="bullets",
        columns=2),
    # a transcript of the PDF: its cover, then the contents page; the protective
    # marking's lines on their own, the page lines and the viewer's '<<' left out
    "police-scotland-lothians-borders-local-police-plan-2020-contents-priorities": Layout(
        header="Police Scotland – The Lothians and Scottish Borders Local Police Plan 2020 - 23",
        priorities="heading",
        skip=("<<", "OFFICIAL", "OFFICIAL Page | 1", "OFFICIAL Page | 2"),
        headings=("Planning framework", "Contents Page"),
        extra={"new_page": ("Contents Page",), "contents": (
            "Foreword 3", "The Lothians & Scottish Borders Divisional Context 4",
            "How we Identified the Police Plan Priorities 6",
            "Policing on a Page: The Lothians & Scottish Borders 8",
            "Priority: Protecting the Most Vulnerable People 9",
            "Priority: Reducing Violence & Anti-Social Behaviour 10",
            "Priority: Reducing Acquisitive Crime 11", "Priority: Improving Road Safety 12",
            "Priority: Tackling Serious & Organised Crime 13",
            "Performance and Accountability 14", "Equality, Diversity and Ethics 15",
            "Local Contact Details 16")}),
    "hyndburn-corporate-strategy-2018-growth-efficiency-quality": Layout(
        header="Hyndburn Borough Council – Corporate Strategy 2018 to 2023",
        priorities="bold-name", skip=("Skip to main content", "Home"),
        headings=("A Strategy for Growth, Efficiency and Quality",
                  "Driving growth and prosperity in Hyndburn")),
    "hyndburn-sustainable-community-strategy-seven-places": Layout(
        header="Hyndburn Borough Council – Sustainable Community Strategy",
        priorities="bullets", columns=2,
        skip=("Skip to main content", "Home", "Published by: , on:"),
        headings=("What it means to you",)),
    "thurrock-land-of-the-fanns-partnership-six-objectives": Layout(
        header="Land of the Fanns Landscape Partnership – Objectives", priorities="heading",
        skip=("Skip to main content", "Home"), headings=("Objectives",)),
    "newport-council-corporate-plan-2022-recruitment-microsite-wellbeing-objectives": Layout(
        header="Newport City Council – Our Vision", priorities="table",
        skip=("Our Vision Main",), extra={"name_column": True}),
    "fenland-business-plan-2026-cambsnews-four-corporate-priorities": Layout(
        header="CambsNews – Fenland District Council", priorities="bullets", columns=2,
        skip=("Home", "News"), headings=("Big themes, broad language",),
        extra={"no_title": True}),
    # Rounds thirty-one to thirty-three: ten of their documents, chosen for their layout
    # alone (the importer was not run on them): five from each half.
    # a transcript of the PDF: its cover, then the contents page with dot leaders; the
    # sharing site's lines, the cover's lines that repeat the title and the page lines
    # left out
    "gmca-strategy-2017-our-people-our-place-priorities-contents": Layout(
        header="Greater Manchester Combined Authority – Our people, our place: The Greater "
               "Manchester Strategy", priorities="heading",
        skip=("our people our - Greater Manchester · This new strategy sets out our collective "
              "ambition to make Greater Manchester one of the ... 13 | Our people, our place "
              "The Greater Manchester", "Upload", "lenga", "View", "215", "Download", "1",
              "Embed Size (px)", "Citation preview", "1 | Our people, our place", "ourpeople",
              "ourplace", "The Greater Manchester Strategy", "2 | Greater Manchester Strategy",
              "3 | Our people, our place"),
        extra={"wrapped": True, "continues": ("Greater Manchester moving" + "." * 62 + "38",),
               "contents": (
            "Contents Introduction" + "." * 93 + "6",
            "People and place: Greater Manchester’s vision and approach" + "." * 88 + "12",
            "Priority 1: Children starting school ready to learn" + "." * 44 + "18",
            "Priority 2: Young people equipped for life" + "." * 57 + "22",
            "Priority 3: Good jobs, with opportunities for people to progress and develop"
            + "." * 73 + "25",
            "Priority 4: A thriving and productive economy in all parts of Greater Manchester"
            + "." * 76 + "30",
            "Priority 5: World-class connectivity that keeps Greater Manchester moving"
            + "." * 62 + "38",
            "Priority 6: Safe, decent and affordable housing" + "." * 46 + "42",
            "Priority 7: A green city-region and a high quality culture and leisure for all"
            + "." * 81 + "46",
            "Priority 8: Safer and stronger communities" + "." * 53 + "52",
            "Priority 9: Healthy lives, with quality care available for those that need it"
            + "." * 74 + "56")}),
    "dumfries-galloway-council-agenda-2018-four-priorities-header": Layout(
        header="Dumfries and Galloway Council – Council agenda", priorities="heading",
        headings=("Council Priorities:", "Dates of Meetings in 2018", "PUBLIC")),
    "north-northamptonshire-corporate-plan-priorities-for-the-future": Layout(
        header="North Northamptonshire Council – Corporate Plan", priorities="numbered",
        skip=("Skip to main content",), extra={"outcome_style": "List Bullet 2"}),
    "hertfordshire-university-strategic-plan-themes-page": Layout(
        header="University of Hertfordshire – Our strategic plan", priorities="heading",
        columns=2,
        skip=("Skip to main content", "Home", "About us", "Our leadership, strategy and plans"),
        headings=("Our strategic themes",)),
    "swale-corporate-plan-2023-2027-five-priorities": Layout(
        header="Swale Borough Council – Corporate Plan 2023 to 2027", priorities="table",
        skip=("Skip to main content",
              "We are very sorry to all those affected by delays to waste, recycling and garden "
              "collections as the crews get used to new routes and vehicles. We are working with "
              "Suez to improve the situation, and we’re providing updates with latest "
              "information.", "Download the Corporate Plan",
              "You can download the Corporate Plan for 2023 to 2027 (PDF 6.4MB).",
              "We use cookies",
              "Our website uses cookies to monitor the way you use it, helping to make your "
              "experience better. By continuing to use this site or clicking \"accept "
              "cookies\", you agree to our cookies. Cookie policy"),
        extra={"name_column": True}),
    "mid-ulster-corporate-plan-2020-24-contents-five-themes": Layout(
        header="Mid Ulster District Council – Corporate Plan 2020 – 2024", priorities="heading",
        skip=("www.midulstercouncil.org",
              "02 Corporate Plan 2020 - 2024 At the heart of our community"),
        headings=("Contents", "Chair’s Foreword"),
        extra={"new_page": ("Chair’s Foreword",), "contents": (
            "03 Foreword", "04 Introduction", "08 Theme 1: Leadership",
            "10 Theme 2: Service Delivery", "12 Theme 3: Economy", "14 Theme 4: Environment",
            "16 Theme 5: Communities", "18 Mid : Profle")}),
    "newport-council-corporate-plan-2022-27-council-minutes": Layout(
        header="Newport City Council – Council minutes", priorities="numbered",
        skip=("Agenda item",), headings=("Minutes:",), extra={"bold_name": True}),
    "suffolk-pcc-police-crime-plan-2025-ipswich-news-themes-objectives": Layout(
        header="Ipswich.co.uk – News", priorities="heading", columns=2,
        skip=("Skip to content", "Ipswich.co.uk", "News"), extra={"no_title": True}),
    "wealden-corporate-plan-2015-19-communities-aims": Layout(
        header="Wealden District Council – Corporate Plan 2015-19", priorities="bullets",
        columns=2,
        skip=("Wealden District Council",
              "Wealden Home > Council > Policies and Plans > Corporate Plan 2015-19 - "
              "Communities"),
        headings=("We aim to:", "We will:"), extra={"no_title": True}),
    "swansea-council-corporate-plan-2020-22-priorities": Layout(
        header="Swansea Council – Corporate Plan 2020-22", priorities="table",
        skip=("Toggle mobile menu visibility", "Close Choose Language", "Share this page"),
        extra={"name_column": True}),
    # Sixty more from the tuning half, chosen at random among those without a Word file
    # and laid out by reading the text alone (the importer was not run on them).
    "allerdale-council-plan-2015-19-five-key-themes-jobs-profile": Layout(
        header="Allerdale Borough Council – Council Plan 2015-19", priorities="numbered",
        skip=("Home > Companies > Allerdale Borough Council", "View jobs from this company")),
    "arts-council-of-wales-strategy-make-reach-sustain": Layout(
        header="Arts Council of Wales – Our strategy", priorities="heading",
        skip=("Skip to main content", "Home > About us > Our strategy",
              "You can read more about our strategic aims in our Corporate Plan 2018-23: "
              "For the Benefit of All.", "Share this page")),
    "bannau-brycheiniog-term-of-government-remit-letter": Layout(
        header="Welsh Government – Term of Government Remit Letter for the National Park "
               "Authorities", priorities="bullets",
        headings=("Term of Government Remit Letter for the National Park Authorities",),
        extra={"wrapped": True}),
    "barry-town-council-corporate-plan-2017-22-leader-intro-goals": Layout(
        header="Barry Town Council – Corporate Plan 2017-2022", priorities="bullets",
        skip=("Total Page:16", "File Type:pdf, Size:1020Kb"),
        headings=("CONTENTS", "INTRODUCTION FROM THE LEADER"),
        extra={"new_page": ("CONTENTS", "INTRODUCTION FROM THE LEADER"),
               "contents": ("Introduction from the Leader 1", "Barry Town Council 2",
                            "Councillors 3", "The Council 4", "Code of Conduct 5",
                            "Our Services 6", "Our Resources 7",
                            "Our Corporate Governance 8 -9", "Wellbeing 10",
                            "The Council's Corporate Objectives 11", "A Prosperous Barry 12",
                            "A Resilient Barry 13", "A Healthier Barry 14",
                            "A More Equal Barry 15", "A Barry of Cohesive Communities 16",
                            "A Barry of Vibrant Culture and 17 Thriving Welsh Language",
                            "A Globally Responsible Barry 18",
                            "Vale of Glamorgan Wellbeing Plan 19", "Have Your Say 20")}),
    "bracknell-forest-council-plan-2023-2027-borough-priorities": Layout(
        header="Bracknell Forest Council – Council Plan 2023 to 2027", priorities="heading",
        columns=2,
        skip=("Read the Leader's message", "Discover our borough",
              "Explore our community priorities", "Explore our economic priorities",
              "Explore our environmental priorities"),
        headings=("A message from our Leader", "Our borough", "The role of the Council Plan",
                  "Our vision", "Our priorities", "Delivering our ambition")),
    "bristol-business-plan-2019-strategic-themes-readkong": Layout(
        header="Bristol City Council – Business Plan 2019/20", priorities="heading-name",
        skip=("Business Plan 2019/20 - Bristol City Council", "Page created by Sergio Hudson",
              "CONTINUE READING", "Bristol City Council Business Plan 2019/20",
              "7", "15", "22", "28", "6"),
        extra={"wrapped": True, "continues": ("2019/20",)}),
    "bristol-corporate-strategy-2022-draft-contents": Layout(
        header="Bristol City Council – Corporate Strategy 2022–2027 (unapproved draft)",
        priorities="heading",
        skip=("Corporate Strategy 2022-2027 - Meetings, agendas, and minutes",
              "Page created by Jacob Chavez", "CONTINUE READING",
              "Bristol City Council Corporate Strategy 2022–2027"),
        headings=("Contents",), extra={"new_page": ("Contents",), "continues": ("2022–2027",)}),
    "buy-social-ni-contractor-faqs-social-consideration-initiatives": Layout(
        header="Buy Social NI – Contractor FAQs", priorities="numbered",
        skip=("Skip to main content", "Home", "Contractors"),
        headings=("What is Buy Social?", "What is a Broker?"), extra={"title_once": True}),
    "cardiff-and-vale-integrated-health-and-social-care-partnership-families-first-aims": Layout(
        header="Cardiff and Vale Regional Partnership Board – Families First",
        priorities="bullets",
        skip=("Skip to content", "Home > Our priorities > Family support services > Families First",
              "For further information about services in Cardiff and Vale of Glamaorgan, please "
              "see the links below.", "Back to top")),
    "causeway-coast-glens-good-relations-programme-tbuc-themes": Layout(
        header="Causeway Coast and Glens Borough Council – District Council Good Relations "
               "Programme", priorities="bold-name",
        skip=("Skip to main content", "Home > Live > Community & Culture > Good Relations > "
              "District Council Good Relations Programme",
              "Visit The Executive Office website to find out about some recent projects "
              "delivered by local councils across Northern Ireland.", "Share this page"),
        headings=("Building a United Community",)),
    "ceredigion-wellbeing-improvement-objectives-2018-news": Layout(
        header="Ceredigion County Council – News", priorities="numbered",
        skip=("Skip to main content", "Ceredigion County Council website", "Home", "News")),
    "city-of-glasgow-college-merger-proposal-aims-and-objectives": Layout(
        header="City of Glasgow College – Merger Proposal", priorities="bullets",
        skip=("8", "< Previous page   Next page >"),
        extra={"wrapped": True, "continues": ("Aims and Objectives",)}),
    "community-relations-council-operational-plan-2016-17-three-objectives": Layout(
        header="Community Relations Council – Operational Plan 2016-17", priorities="numbered",
        skip=("Page 1 of 17",), headings=("OVERVIEW", "Financial statement"),
        extra={"continues": ("OPERATIONAL PLAN 2016-17",)}),
    "cumbria-pfcc-plan-2024-28-priorities-nwemail-news": Layout(
        header="North West Evening Mail – News", priorities="bold-name",
        extra={"no_title": True}),
    "daera-corporate-plan-2025-27-ten-pledges-farminglife-news": Layout(
        header="Farming Life – News", priorities="numbered", columns=2,
        skip=("DAERA Minister Andrew Muir. Photo by Kelvin Boyes / Press Eye",),
        extra={"no_title": True}),
    "drd-ni-long-term-water-strategy-draft-aims": Layout(
        header="Department for Regional Development – Long Term Water Strategy",
        priorities="bullets", columns=2, skip=("Skip the NI Direct Bar", "Skip navigation")),
    "east-london-nhs-foundation-trust-our-objectives": Layout(
        header="East London NHS Foundation Trust – Our Objectives", priorities="bold-name",
        skip=("Skip to main content", "Home > About Us > Our Objectives",
              "Please give us a rating for the content or use of our site?",
              "green smiley (good) orange smiley (average) red smiley (poor)", "Back to top")),
    "eeast-vision-values-four-missions": Layout(
        header="East of England Ambulance Service NHS Trust – Our vision and values",
        priorities="heading-name", columns=2,
        skip=("Skip to main content", "Home > About us > Our vision and values", "Back to top"),
        headings=("Our purpose", "Our vision", "Our mission", "Our values", "We are Accountable",
                  "We are Respectful")),
    "elft-annual-plan-2022-strategic-priorities": Layout(
        header="East London NHS Foundation Trust – Trust-wide annual plan 2022-2023",
        priorities="bullets",
        skip=("Please note: This website is best viewed in a modern browser like Chrome, Edge or "
              "Firefox. We no longer support Internet Explorer 11.", "Annual Plans"),
        headings=("Trust-wide annual plan 2022-2023", "The Big Conversation"),
        extra={"one_space": True}),
    "equity-housing-social-value-in-procurement": Layout(
        header="Equity Housing Group – Procurement", priorities="table",
        skip=("Skip to content", "Home > Equity Foundation > Procurement", "Coffee mug",
              "To read more about our Social Value Toolkit, click on the icon below:",
              "Share this page"),
        extra={"name_column": True}),
    "erewash-corporate-plan": Layout(
        header="Erewash Borough Council – Corporate Plan", priorities="numbered",
        skip=("Skip to main content", "Home", "The Council"), extra={"title_once": True}),
    "gmca-social-value-framework-2020": Layout(
        header="Greater Manchester Combined Authority – Social Value Framework 2020",
        priorities="bold-name", columns=2,
        skip=("Skip to main content", "Page Thumbnail")),
    "guys-st-thomas-trust-objectives-2016": Layout(
        header="Guy's and St Thomas' NHS Foundation Trust – Our objectives for 2016-17",
        priorities="bullets",
        skip=("More in this section", "Download our 'objectives pyramid'",
              "You can also download a copy of our objectives pyramid (PDF 2.9MB), which shows "
              "how our objectives support our values and mission."),
        headings=("Our mission",)),
    "herts-west-essex-icb-joint-forward-plan-2023-2028-priorities": Layout(
        header="NHS Hertfordshire and West Essex Integrated Care Board – Joint Forward Plan "
               "2023 - 2028", priorities="heading",
        skip=("Skip to main content", "Home > Joint Forward Plan > Hertfordshire and West Essex "
              "Joint Forward Plan 2023 - 2028", "Previous page", "Next page"),
        headings=("Our priorities",)),
    "invest-ni-draft-corporate-plan-2008-2011-priorities-news": Layout(
        header="Invest Northern Ireland – News", priorities="heading",
        skip=("Home > Media centre > News", "Share this page")),
    "islington-selling-to-the-council-progressive-procurement-expectations": Layout(
        header="Islington Council – Selling to the council", priorities="heading", columns=2,
        skip=("Skip to content", "Icon of a briefcase"),
        headings=("Progressive Procurement Strategy 2020/27",),
        extra={"prose": ("Social value is about",)}),
    "lancashire-2050-framework-cabinet-endorses-eight-priority-areas-news": Layout(
        header="Lancashire County Council – News", priorities="bullets",
        skip=("Our vision - Lancashire a place where every single person can live their best "
              "life - Lancashire 2050 - social media",)),
    "leicestershire-fire-rescue-purpose-aims-values": Layout(
        header="Leicestershire Fire and Rescue Service – Our Purpose, Values and Behaviours",
        priorities="numbered",
        skip=("Skip to main content", "Our Purpose, Values and Behaviours"),
        headings=("Our Values and Behaviours",)),
    "lews-castle-college-statement-of-ambition-2018-news-three-ambitions": Layout(
        header="We Love Stornoway – News", priorities="bold-name", extra={"no_title": True}),
    "lisburn-castlereagh-pip-2024-25-summary-foreword-we-will": Layout(
        header="Lisburn & Castlereagh City Council – Performance Improvement Plan 2024/25",
        priorities="numbered",
        skip=("Contents:", "Map of Northern Ireland with the Lisburn and Castlereagh area "
              "highlighted"),
        headings=("Foreword from Mr David Burns, Chief Executive",
                  "Our council area - Lisburn and Castlereagh", "Demographics as of 2021")),
    "llantwit-fardre-community-council-annual-report-2018-19-contents-local-goals": Layout(
        header="Llantwit Fardre Community Council – Annual Report 2018/19",
        priorities="heading-name", skip=("Download",), headings=("CONTENTS",),
        extra={"new_page": ("CONTENTS",), "contents": (
            "FOREWARD FROM THE CHAIR ........................................................ 3",
            "MEMBERS OF LLANTWIT FARDRE COMMUNITY COUNCIL ............................. 4",
            "INTRODUCTION ..............................................."
            ".............................. 5",
            "THE CWM TAF WELL-BEING OBJECTIVES ............................................ 7",
            "HISTORY ...................................................."
            "................................ 7",
            "CHAPTER ONE ................................................"
            "............................. 9",
            "A PROSPEROUS LLANTWIT FARDRE ................................................. 9",
            "CHAPTER TWO ................................................"
            "............................. 10",
            "A RESILIENT LLANTWIT FARDRE ................................................... 10",
            "CHAPTER THREE .............................................."
            "............................. 13",
            "A HEALTHIER LLANTWIT FARDRE ................................................... 13",
            "CHAPTER FOUR ..............................................."
            "............................. 15",
            "A MORE EQUAL LLANTWIT FARDRE.................................................. 15")}),
    "mole-valley-council-strategy-2019-community-wellbeing": Layout(
        header="Mole Valley District Council – Council Strategy 2019 – 2024",
        priorities="heading", columns=2,
        headings=("Guiding Principles", "Putting People First", "Openness and Accessibility",
                  "Acting Sustainably", "Living within our means"),
        extra={"bullets": ("Represent the interests of Mole Valley residents by:",)}),
    "monmouthshire-psb-draft-wellbeing-plan-2017-forum-themes": Layout(
        header="Monmouthshire Public Service Board – Draft Well-being Plan", priorities="numbered",
        skip=("Posted by HazelClatworthy on the 23rd Nov 2017.",)),
    "neath-port-talbot-corporate-strategy-2025-28-news": Layout(
        header="Business News Wales – News", priorities="bold-name"),
    "newry-mourne-down-community-plan-launch-news-2017": Layout(
        header="Down Recorder – News", priorities="heading-name",
        skip=("Skip to main content", "Home > News", "18 October 2017"),
        extra={"title_once": True}),
    "nhs-health-scotland-delivery-plan-2019-contents": Layout(
        header="NHS Health Scotland – Delivery Plan 2019/20", priorities="heading",
        extra={"no_title": True}),
    "nihe-ards-north-down-housing-investment-plan-update-2016-themes": Layout(
        header="Northern Ireland Housing Executive – Ards & North Down Housing Investment Plan "
               "Annual Update 2016", priorities="heading-name",
        skip=("1 Ards & North Down Housing Investment Plan Annual Update 2016",),
        headings=("Contents", "2 Foreword"),
        extra={"new_page": ("Contents", "2 Foreword")}),
    "nihrc-strategic-plan-2022-25-five-priorities-page": Layout(
        header="Northern Ireland Human Rights Commission – Strategic Plan 2022-2025",
        priorities="numbered",
        skip=("Skip to main content", "Last Updated: Tuesday, 11 June 2024", "Back to top"),
        headings=("Impact of poverty on quality of living", "Victims’ Rights",
                  "Access to justice")),
    "nipb-policing-plan-2020-25-three-outcomes-performance-plan-page": Layout(
        header="Northern Ireland Policing Board – Policing Plan 2020-25 and Performance Plan "
               "2021/22", priorities="bullets", columns=2,
        skip=("Skip to main content",
              "Home > Publications > Policing Plan 2020-25 and Performance Plan 2021/22",
              "Please click here to view the Northern Ireland Policing Plan 2020-2025 and Annual "
              "Performance Plan 2021/22.", "Share this page"), extra={"one_space": True}),
    "norfolk-together-for-norfolk-2019": Layout(
        header="Norfolk County Council – Your Norfolk summer 2019", priorities="bold-name",
        columns=2, skip=("Skip to main content", "Your Norfolk", "Your Norfolk summer 2019")),
    "north-ayrshire-three-towns-locality-partnership-priorities": Layout(
        header="North Ayrshire Community Planning Partnership – Three Towns Locality "
               "Partnership: Our Local Priorities", priorities="table",
        skip=("Home > Your Community > Three Towns > Our Local Priorities",
              "You can find out more about how the Three Towns Locality Partnership has been "
              "tackling these priorities in their decision tracker and achievements report.",
              "The image below captures the views of the Three Towns local communities about "
              "what is important to them.", "Back to top")),
    "northern-trust-seven-priority-areas": Layout(
        header="Northern Health and Social Care Trust – Our priorities & plans",
        priorities="numbered", skip=("Page last updated:22 January 2019",)),
    "orkney-cpp-community-wealth-building-anchor-charter": Layout(
        header="Orkney Community Planning Partnership – News", priorities="table", columns=2,
        skip=("Skip to content", "Orkney Community Planning Partnership",
              "Home > News > Orkney Community Wealth Building Anchor Charter published",
              "Read the full Charter here.", "Share this:"),
        extra={"no_title": True}),
    "pcnpa-wellbeing-objectives-2018-annual-report-contents": Layout(
        header="Pembrokeshire Coast National Park Authority – Annual Report on Meeting "
               "Well-being Objectives 2018/19", priorities="heading",
        skip=("(Improvement Plan Part 2) – 2018/19", "Total Page:16", "File Type:pdf, Size:1020Kb"),
        extra={"no_title": True}),
    "police-scotland-draft-annual-police-plan-2016-contents": Layout(
        header="Police Scotland – Draft Annual Police Plan 2016/17", priorities="heading-name",
        skip=("<<", "NOT PROTECTIVELY MARKED",
              *(f"NOT PROTECTIVELY MARKED {n} NOT PROTECTIVELY MARKED" for n in (2, 3, 4))),
        headings=("Draft Annual Police Plan 2016/17", "Contents", "Foreword Chief Constable",
                  "Scottish Police Authority Chairs Commentary (proposed)"),
        extra={"no_title": True,
               "new_page": ("Draft Annual Police Plan 2016/17", "Foreword Chief Constable",
                            "Scottish Police Authority Chairs Commentary (proposed)")}),
    "powys-psb-cynllun-llesiant-2023-welsh-news": Layout(
        header="Cyngor Sir Powys – Cyhoeddi Cynllun Llesiant Bwrdd Gwasanaethau Cyhoedd Powys",
        priorities="bullets", columns=2, skip=("14 Mehefin",)),
    "rct-cabinet-cwm-taf-morgannwg-wellbeing-plan-2023": Layout(
        header="Rhondda Cynon Taf County Borough Council – Cabinet decision: Cwm Taf Morgannwg "
               "Well-Being Plan 2023-2028", priorities="numbered",
        skip=("Decision Maker: Cabinet", "Decision status: Recommendations Approved",
              "Is Key decision?: Yes", "Is subject to call in?: No",
              "Publication date: 27/03/2023", "Date of decision: 27/03/2023",
              "Decided at meeting: 27/03/2023 - Cabinet")),
    "renfrewshire-council-plan-2017-22-five-key-outcomes-semicolons": Layout(
        header="Renfrewshire Council – Council Plan 2017-2022", priorities="bullets",
        skip=("Renfrewshire Council",)),
    "rotherham-social-value-policy-adoption-2019-key-elements": Layout(
        header="Rotherham Metropolitan Borough Council – Cabinet minutes: Social Value Policy",
        priorities="bullets", skip=("Agenda item",),
        headings=("Recommendations:-", "Minutes:")),
    "scottish-enterprise-sustainable-procurement-strategy-guiding-principles": Layout(
        header="Scottish Enterprise – Sustainable Procurement Strategy", priorities="table",
        headings=("Sustainable Procurement Defined",)),
    "selby-council-plan-2020-2030-big-ambitions": Layout(
        header="Selby District Council – Council Plan 2020 to 2030", priorities="numbered",
        columns=2,
        skip=("Skip to main content", "Home > Your council > Council Plan 2020 to 2030",
              "Click here to read a summary of the Council Plan.", "Want to find out more?",
              "Click here to read the full version of our Council Plan.",
              "Was this page useful?"),
        headings=("How will we do this?", "How will we measure our success?")),
    "southwark-council-delivery-plan-2022-26-seven-themes": Layout(
        header="Southwark Council – Council Delivery Plan 2022-2026", priorities="table",
        skip=("Get election ready", "The UK General Election is on 4 July.",
              "You need valid photo ID to vote in person. Check your ID now.",
              "If you don’t have valid ID, apply by 5pm on 26 June for a Voter Authority "
              "Certificate.", "Find out more about voting and elections in Southwark",
              "Home > Council and democracy > Fairer future"),
        headings=("Our priorities and promises to Southwark residents", "Our values in action")),
    "southwark-council-plan-2018-contents-commitments": Layout(
        header="Southwark Council – Council Plan 2018/19 – 2021/22", priorities="bullets",
        skip=("Council Plan 2018/19 2021/22 - APPENDIX 1 - Southwark Council", "←", "→",
              "Page content transcription",
              "If your browser does not render page correctly, please read the page content "
              "below")),
    "tyne-and-wear-fire-our-strategy-our-future-aspirations": Layout(
        header="Tyne and Wear Fire and Rescue Service – Our Strategy, Our Future",
        priorities="table",
        headings=("What Guides Us", "Recognising Our Impact", "Our Aspirations",
                  "Our Area & Presence"),
        extra={"no_title": True, "name_column": True}),
    "university-of-leicester-sustainable-procurement-social-impact-priorities-lettered": Layout(
        header="University of Leicester – Sustainable Procurement", priorities="numbered",
        skip=("Skip to content", "University of Leicester",
              "Home > Estates and Campus Services > Environment > Strategy > Sustainable "
              "Procurement", "Back to top"),
        headings=("Procurement Regulations",)),
    "vale-of-glamorgan-cabinet-2018-psb-draft-wellbeing-plan-four-areas-inline": Layout(
        header="Vale of Glamorgan Council – Council 28 February 2018: Cabinet minutes",
        priorities="heading-name", skip=("Agenda Item No.11(f)",)),
    "welshampton-lyneal-parish-council-aims-objectives": Layout(
        header="Welshampton and Lyneal Parish Council – Aims and Objectives",
        priorities="bold-name", columns=2,
        skip=("Skip to main content", "Home",
              "You can read the statement on value for money through this link."),
        headings=("Aims", "Objectives",
                  "Community Governance, Community Leadership and Performance Management")),
    "west-suffolk-strategic-plan-2016-2020-priorities": Layout(
        header="West Suffolk councils – Strategic plan 2016 to 2020", priorities="bold-name",
        columns=2,
        skip=("Home > Council > Finance and statistics > Strategic plan", "Back to top"),
        headings=("Why a West Suffolk strategic plan?", "About West Suffolk",
                  "Our vision and priorities for West Suffolk", "Resourcing our priorities")),
    "wmca-annual-plan-2018-contents-priorities-readkong": Layout(
        header="West Midlands Combined Authority – Annual Plan 2018/2019", priorities="heading",
        skip=("The West Midlands Combined Authority - Annual Plan 2018/2019 - Transport for "
              "West Midlands", "Page created by Carolyn Boyd", "CONTINUE READING",
              "WMCA Annual Plan 2018/19   1", "2   WMCA Annual Plan 2018/19",
              "WMCA Annual Plan 2018/19   3"),
        headings=("Content", "Foreword from the Mayor"),
        extra={"continues": ("Combined Authority", "Annual Plan", "2018/2019", "the Mayor"),
               "new_page": ("Content", "Foreword from the Mayor")}),
    "woking-corporate-strategy-2025-effective-partnerships": Layout(
        header="Woking Borough Council – Corporate Strategy 2025-28: Effective Partnerships",
        priorities="heading", columns=2,
        skip=("Skip to main content", "Home > Council and democracy > Effective Partnerships"),
        headings=("Priority: Working with partners to deliver community priorities",
                  "Priority: A strong and sustainable economy with an enabling infrastructure",
                  "We will achieve this through", "Outcomes", "Success measures")),
}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _set_fonts(document: Document) -> None:
    """Explicit fonts: python-docx's heading styles otherwise use theme fonts."""
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number"):
        style = document.styles[name]
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
    document.styles["Normal"].font.size = Pt(11)


def _field(paragraph, instruction: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _page_furniture(document: Document, layout: Layout) -> None:
    """Running header, 'Page N of M' footer and, if asked, two columns."""
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.header.paragraphs[0].text = layout.header
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    if layout.columns > 1:
        sect_pr = section._sectPr
        cols = sect_pr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sect_pr.append(cols)
        cols.set(qn("w:num"), str(layout.columns))
        cols.set(qn("w:space"), "567")


def _source(folder: Path, layout: Layout) -> str:
    """The paste, with list items it ran together on one line ('…),• a …') on lines of
    their own if the layout says so."""
    source = (folder / "source.txt").read_text("utf-8")
    if layout.extra.get("glued"):
        source = re.sub(r"(?<=\S)•", "\n•", source)
    return source


def _lines(source: str) -> list[tuple[str, str]]:
    """Each non-blank line without its list marker, and the marker's kind:
    "number", "bullet" or "" for none."""
    found = []
    pending = ""  # a list marker alone on its line marks the line after it
    for raw in source.splitlines():
        if not raw.strip():
            continue
        bare = BULLET.sub("", raw, count=1).strip()
        marker = "" if bare == raw.strip() else "number" if NUMBER.match(raw) else "bullet"
        if not bare:
            pending = marker
            continue
        found.append((bare, marker or pending))
        pending = ""
    return found


def _theme(key: str, themes: dict[str, str]) -> str | None:
    """The priority a line sets out: it starts with the title, or with a label and then
    the title ("Theme 1: A new kind of council")."""
    for start in (key, LABEL.sub("", key, count=1)):
        found = next((t for k, t in themes.items() if start.startswith(k)), None)
        if found:
            return found
    return None


def _list_item(key: str) -> str:
    return LIST_END.sub("", key, count=1)


def _split_name(line: str, title: str) -> tuple[str, str]:
    """The priority's name as printed in the source, and the description after it."""
    name = line[:len(title)]
    return name, DASH.sub("", line[len(title):]).strip()


def _joins(before: str, line: str) -> bool:
    """Whether a PDF's line carries on the paragraph of the line before it: that line
    does not end a sentence, a heading or a contents entry ('Brexit ..... 8'), and this
    one starts in lower case or that one is long enough to have been wrapped. After a
    colon, only a line in lower case carries on ('our shared mission:' / 'working …')."""
    if re.search(r"[.!?\d]$", before):
        return False
    if re.search(r"[:;]$", before):
        return line[:1].islower()
    return line[:1].islower() or len(before) >= 60


def _join(before: str, line: str) -> str:
    """Two lines of one paragraph; a word the PDF hyphenated at the line's end
    ('conver-' / 'sations') is whole again."""
    if re.search(r"[a-z]-$", before) and line[:1].islower():
        return before[:-1] + line
    return f"{before} {line}"


def _unwrap(lines: list[tuple[str, str]], layout: Layout, themes: dict[str, str],
            headings: set[str]) -> list[tuple[str, str]]:
    """A PDF's wrapped lines joined into their paragraphs, as the Word file has them."""
    if layout.extra.get("one_space"):
        # a double space typed in the page ('environmental  growth') is set as one
        lines = [(" ".join(text.split()), marker) for text, marker in lines]
    continues = {_norm(c) for c in layout.extra.get("continues", ())}
    wrapped = layout.extra.get("wrapped")
    found: list[tuple[str, str]] = []
    for text, marker in lines:
        key = _norm(text)
        if found and key in continues:
            found[-1] = (f"{found[-1][0]} {text}", found[-1][1])
            continue
        before = found[-1] if found else None
        if (wrapped and before and not marker and not before[1]
                and _norm(before[0]) not in headings and key not in headings
                and _theme(key, themes) is None and _joins(before[0], text)):
            found[-1] = (_join(before[0], text), "")
            continue
        found.append((text, marker))
    return found


def _new_numbered_list(document: Document) -> int:
    """A list numbered like "List Number" that starts again at 1; returns its id."""
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = numbering.add_num(numbering.num_having_numId(style_num).abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _numbered(document: Document, text: str, list_id: int) -> None:
    paragraph = document.add_paragraph(text, style="List Number")
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = list_id


def _in_numbered_list(layout: Layout, theme: str | None, marker: str, heading: bool) -> bool:
    """Whether a numbered line is set in a list of its own that starts again at 1: a
    line that is not a priority nor a heading, or a priority if the layout says so."""
    if marker != "number":
        return False
    if theme is None:
        return not heading
    return bool(layout.extra.get("restart"))


def _priority(document: Document, layout: Layout, line: str, title: str) -> None:
    name, rest = _split_name(line, title)
    kind = layout.priorities
    if kind == "bold-name":
        paragraph = document.add_paragraph()
        if rest and not rest.strip(".;,"):
            name, rest = name + rest, ""  # a whole sentence in bold, with its full stop
        paragraph.add_run(name).bold = True
        if rest:
            paragraph.add_run(f" – {rest}")
    elif kind == "heading-name":
        document.add_heading(name, level=2)
        if rest:
            document.add_paragraph(rest)
    elif kind == "heading":
        document.add_heading(line, level=2)
    elif kind == "numbered" and layout.extra.get("bold_name") and rest:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(name).bold = True
        paragraph.add_run(f" – {rest}")
    elif kind == "numbered":
        document.add_paragraph(line, style="List Number")
    else:
        document.add_paragraph(line, style="List Bullet")


def _title(document: Document, layout: Layout,
           kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Set the first line as the title; returns the body's lines."""
    if layout.extra.get("no_title"):
        return kept  # the text starts with its body: the Word file has no title either
    title, *body = kept
    while layout.extra.get("title_once") and body and _norm(body[0][0]) == _norm(title[0]):
        body = body[1:]  # the page's heading repeats its title: the Word file has it once
    document.add_heading(title[0], level=0)
    return body


def _table_row(document: Document, layout: Layout, table, text: str, theme: str | None):
    """A priority as a table's row, or an outcome as a bullet in its row's second cell;
    returns the table (started, with its heading row, for the first priority)."""
    if table is None:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        if any(layout.table_header):
            for cell, heading in zip(table.add_row().cells, layout.table_header, strict=True):
                cell.paragraphs[0].add_run(heading).bold = True
    if theme and layout.extra.get("name_column"):
        # the name in the first column, its description beside it
        row = table.add_row().cells
        row[0].text, row[1].text = _split_name(text, theme)
    elif theme:
        row = table.add_row().cells
        row[0].text = text
        row[1].text = ""
    else:
        cell = table.rows[-1].cells[1]
        target = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        target.text = text
        target.style = document.styles["List Bullet"]
    return table


def _grid_row(document: Document, grid, text: str):
    """A row pasted as 'By 2022 | By 2027 |' as a table's row; the '---|---|' rule under
    the heading row is the paste's, not the table's. Returns the table."""
    cells = [cell.strip() for cell in text.split("|") if cell.strip()]
    if all(not cell.strip("-") for cell in cells):
        return grid
    if grid is None:
        grid = document.add_table(rows=0, cols=len(cells))
        grid.style = "Table Grid"
    for cell, value in zip(grid.add_row().cells, cells, strict=True):
        cell.text = value
    return grid


def _set_apart(document: Document, layout: Layout, text: str, key: str, apart: dict) -> bool:
    """Set a contents page's entry (a plain line) or a grid's row; whether the line was
    one of those."""
    if apart["contents"] and key == apart["contents"][0]:
        apart["contents"].pop(0)
        document.add_paragraph(text)
        return True
    if layout.extra.get("grid") and "|" in text:
        apart["grid"] = _grid_row(document, apart["grid"], text)
        return True
    apart["grid"] = None
    return False


def build_docx(folder: Path, layout: Layout) -> Path:
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    lines = _lines(_source(folder, layout))
    themes = {_norm(e["title"]): e["title"] for e in labels["expected"]}
    outcomes = {_list_item(_norm(o)) for e in labels["expected"] for o in e["outcomes"]}
    skip = {_norm(s) for s in layout.skip}
    headings = {_norm(h) for h in layout.headings}
    level_two = tuple(_norm(s) for s in layout.extra.get("level_two", ()))
    bullets = {_norm(s) for s in layout.extra.get("bullets", ())}
    prose = tuple(_norm(s) for s in layout.extra.get("prose", ()))

    document = Document()
    _set_fonts(document)
    # a two-level list: the outcomes indented under their priority ("List Bullet 2")
    outcome_style = layout.extra.get("outcome_style")
    for style in (outcome_style, "List Bullet 2" if level_two else None):
        if style:
            document.styles[style].font.name = FONT
    _page_furniture(document, layout)
    document.core_properties.title = labels["source"]["name"]
    document.core_properties.author = layout.header.split(" – ")[0]

    kept = [(text, marker) for text, marker in lines if _norm(text) not in skip]
    body = _title(document, layout, _unwrap(kept, layout, themes, headings))
    new_page = {_norm(h) for h in layout.extra.get("new_page", ())}
    table = None
    # the contents page's entries still to come, and the grid being written
    apart = {"contents": [_norm(c) for c in layout.extra.get("contents", ())], "grid": None}
    list_id = None  # the numbered list being written; a later list starts again at 1
    previous = None
    for text, marker in body:
        key = _norm(text)
        repeated, previous = key == previous, key
        if repeated and key in headings and layout.extra.get("heading_once"):
            continue  # the page's heading, then the section's own heading with its words
        if _set_apart(document, layout, text, key, apart):
            continue
        theme = None if prose and key.startswith(prose) else _theme(key, themes)
        outcome = _list_item(key) in outcomes
        if _in_numbered_list(layout, theme, marker, key in headings):
            list_id = list_id or _new_numbered_list(document)
            _numbered(document, text, list_id)
            continue
        list_id = None
        if layout.priorities == "table" and (theme or outcome):
            table = _table_row(document, layout, table, text, theme)
            continue
        if theme:
            _priority(document, layout, text, theme)
        elif marker and level_two and key.startswith(level_two):
            document.add_paragraph(text, style="List Bullet 2")
        elif key in bullets:
            document.add_paragraph(text, style="List Bullet")
        elif outcome and outcome_style:
            document.add_paragraph(text, style=outcome_style)
        elif outcome or (marker and key not in headings):
            document.add_paragraph(text, style="List Bullet")
        elif key in headings:
            heading = document.add_heading(text, level=2)
            if key in new_page:
                heading.paragraph_format.page_break_before = True
        else:
            document.add_paragraph(text)
    target = folder / "document.docx"
    document.save(target)
    return target


def print_pdf(docx: Path) -> Path:
    """LibreOffice prints the Word file to PDF beside it, with its own profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDF files.")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation={PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, str(docx)],
                       check=True, capture_output=True, timeout=180)
        target = docx.with_suffix(".pdf")
        shutil.move(str(Path(out) / f"{docx.stem}.pdf"), target)
    return target


def main(ids: list[str]) -> int:
    """Build the documents named, or every document in LAYOUTS if none is named."""
    unknown = [doc_id for doc_id in ids if doc_id not in LAYOUTS]
    if unknown:
        raise SystemExit(f"No layout for {', '.join(unknown)}: add one to LAYOUTS first.")
    for doc_id in ids or LAYOUTS:
        folders = [p for p in HERE.glob(f"*/{doc_id}") if p.is_dir()]
        if len(folders) != 1:
            raise SystemExit(f"{doc_id}: expected one folder, found {len(folders)}")
        docx = build_docx(folders[0], LAYOUTS[doc_id])
        pdf = print_pdf(docx)
        sizes = f"{docx.stat().st_size:,} + {pdf.stat().st_size:,} bytes"
        print(f"{folders[0].relative_to(HERE)}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
