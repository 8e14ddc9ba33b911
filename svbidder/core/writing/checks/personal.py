"""Spotting personal details: names, e-mail addresses, phone numbers, postcodes,
street addresses and dates of birth."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import _MONTHS
from .text import word_set

# Common first names in the UK across generations. Names that are also everyday
# words or places (Mark, Will, Grace, Hope, Joy, Dawn, May, June, April, Florence,
# Victoria, Jordan, Holly, Rose…) are left out to keep false alarms down.
FIRST_NAMES = word_set("""
Aaron Abdul Abigail Adam Ahmed Aisha Alan Albert Aled Alexander Alexandra Alfie Alfred Ali
Alice Alison Alistair Amanda Amelia Amir Amy Andrea Andrew Angela Angus Anita Ann Anna Anne
Annette Annie Anthony Aoife Archie Arjun Arthur Audrey Ava Ayesha Barbara Barry Beatrice
Benjamin Bernadette Bernard Beryl Beth Bethan Betty Beverley Brenda Brian Bridget Callum
Carl Carol Caroline Carolyn Catherine Catrin Cerys Charlene Charles Charlie Charlotte Cheryl
Chloe Christine Christopher Ciaran Claire Clive Colin Connor Craig Cyril Dafydd Daniel
Danielle Darren David Debbie Deborah Declan Denise Dennis Derek Desmond Diana Diane Donald
Doreen Doris Dorothy Douglas Duncan Dylan Edith Edna Edward Eileen Elaine Eleanor Elizabeth
Ella Ellen Elsie Emily Emma Emyr Eric Ernest Ethan Ethel Eva Evelyn Evie Fatima Ffion Fiona
Freddie Frederick Freya Gareth Gary Geoffrey George Geraldine Gethin Gillian Gladys Glenys
Gordon Graham Gwen Gwyneth Hamish Hannah Harold Harriet Harry Hassan Helen Henry Herbert
Hilda Huw Ian Ibrahim Imogen Imran Irene Isabella Isla Iwan Jacqueline Jacqui James Jamie
Jane Janet Janice Jason Jean Jennifer Jenny Jeremy Jessica Jill Joan Joanne John Jonathan
Joseph Joshua Joyce Judith Julia Julie Karen Kathleen Katie Keith Kenneth Kevin Kieran
Kirsty Laura Lauren Leonard Leslie Liam Linda Lisa Lorraine Louise Lucy Lynn Lynne Maisie
Malcolm Margaret Maria Marian Marie Marilyn Marjorie Martin Mary Matthew Maureen Mavis
Megan Melanie Mia Michael Michelle Millie Miriam Mohammed Mohammad Molly Morag Muhammad
Muriel Nadia Naomi Natalie Neil Niall Niamh Nicholas Nicola Nigel Nina Noah Norman Olga
Olivia Omar Owain Patricia Patrick Pauline Paul Peter Philip Phoebe Phyllis Priya Rachel
Rajesh Ravi Raymond Rebecca Reece Rhiannon Rhys Richard Rita Robert Ronald Rosemary Rosie
Roy Ruth Ryan Samantha Samuel Sandra Sanjay Sarah Seamus Sean Shaun Sharon Sheila Shirley
Shona Sian Siobhan Sophia Sophie Stanley Stephen Steven Stuart Susan Sylvia Tariq Teresa
Terence Thomas Timothy Tracey Tracy Trevor Valerie Vera Veronica Vincent Walter Wendy
Wilfred William Winifred Yusuf Yvonne Zara Zoe
Alex Ben Bob Chris Dan Dave Fred Jack Jim Jo Joe Josh Kate Ken Liz Luke Matt Mike Nick Pat
Rob Ron Sam Stan Steve Sue Tom Tony
""")

_ROLE_WORDS = re.compile(
    r"\b(?:co-?ordinator|manager|director|officer|chief\s+executive|CEO|trustee|chair|lead|"
    r"worker|founder|volunteer\s+coordinator|head\s+of|team\s+leader|champion)\b", re.IGNORECASE)
_PSEUDONYM = re.compile(r"\bnot\s+(?:his|her|their)\s+real\s+name\b|\bnames?\s+(?:has|have)\s+"
                        r"been\s+changed\b|\bpseudonym\b|\bname\s+changed\b", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_NOT_A_PERSON_BEFORE = re.compile(r"\b(?:St|Saint|Lady|King|Queen|Prince|Princess|Port|Fort)"
                                  r"\.?\s+$")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'’-]+\b")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")  # bounded: linear
_ROLE_MAILBOX = re.compile(
    r"^(?:info|admin|hello|enquiries|enquiry|contact|office|team|bids?|tenders?|mail|post|"
    r"reception|support|social\.?value|sv|general|help|finance|accounts|hr|jobs|volunteers?|"
    r"volunteering|referrals?|bookings?|events|press|media|no-?reply|admissions|ops|operations)"
    r"$", re.IGNORECASE)
_MOBILE = re.compile(r"(?<![\d+])(?:\+44\s?7\d{3}|\(?07\d{3}\)?)[\s-]?\d{3}[\s-]?\d{3}\b")
_LANDLINE = re.compile(r"(?<![\d+])(?:\+44\s?|\(?0)[1-9]\d{1,3}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b")
_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|"
    r"Crescent|Way|Court|Gardens|Place|Terrace|Grove|Walk|Rise|Row|Square|View|Mews|Parade)\b")
_MONTH = "|".join(_MONTHS)
_BIRTH = re.compile(
    rf"\bborn\s+(?:on\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})"
    rf"(?:,?\s+(?:19|20)\d{{2}})?|(?:in\s+)?(?:19|20)\d{{2}}|in\s+(?:{_MONTH})\s+(?:19|20)\d{{2}})|"
    r"\bdate\s+of\s+birth\b|\bd\.o\.b\.?|(?-i:\bDOB\b)", re.IGNORECASE)

KIND_LABELS = {"name": "a name", "email": "an e-mail address", "phone": "a phone number",
               "postcode": "a postcode", "address": "an address", "birth": "a date of birth"}


@dataclass(frozen=True)
class Detail:
    kind: str
    start: int
    end: int
    text: str


def _names(text: str) -> list[Detail]:
    found = [Detail("name", m.start(), m.end(), m.group()) for m in _TITLED.finditer(text)]
    titled = {(d.start, d.end) for d in found}
    for match in _NAME_TOKEN.finditer(text):
        if match.group() not in FIRST_NAMES:
            continue
        if _NOT_A_PERSON_BEFORE.search(text[max(0, match.start() - 10):match.start()]):
            continue
        if any(start <= match.start() < end for start, end in titled):
            continue
        found.append(Detail("name", match.start(), match.end(), match.group()))
    return found


def personal_details(text: str, *, names: bool = True, landlines: bool = True,
                     addresses: bool = True, role_emails: bool = True) -> list[Detail]:
    """Every personal detail found in ``text``, in order."""
    found: list[Detail] = []
    if names:
        found.extend(_names(text))
    for match in _EMAIL.finditer(text):
        local = match.group().split("@", 1)[0]
        if not role_emails and _ROLE_MAILBOX.match(local):
            continue
        found.append(Detail("email", match.start(), match.end(), match.group()))
    phones = list(_MOBILE.finditer(text))
    if landlines:
        phones.extend(m for m in _LANDLINE.finditer(text)
                      if not any(p.start() <= m.start() < p.end() for p in phones))
    found.extend(Detail("phone", m.start(), m.end(), m.group()) for m in phones)
    if addresses:
        found.extend(Detail("postcode", m.start(), m.end(), m.group())
                     for m in _POSTCODE.finditer(text))
        found.extend(Detail("address", m.start(), m.end(), m.group())
                     for m in _ADDRESS.finditer(text))
    found.extend(Detail("birth", m.start(), m.end(), m.group()) for m in _BIRTH.finditer(text))
    found.sort(key=lambda d: (d.start, -d.end))
    kept: list[Detail] = []
    for detail in found:  # drop details inside others (a name inside an e-mail address)
        if kept and detail.start < kept[-1].end:
            continue
        kept.append(detail)
    return kept


def names_look_staff(sentence: str) -> bool:
    """A sentence naming a role ("Sam Patel, our Volunteer Coordinator") names staff."""
    return bool(_ROLE_WORDS.search(sentence))


def says_pseudonym(text: str) -> bool:
    return bool(_PSEUDONYM.search(text))
