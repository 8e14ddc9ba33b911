"""Weak and strong answers, written the way small organisations really write them,
for the checks tests. All names, places and figures are made up."""

from __future__ import annotations

WEAK_LONELINESS = """\
We are a well-established local charity and we are passionate about tackling loneliness in \
the community.

Where possible we will offer befriending to people who need it, and we aim to work closely \
with partners to make sure nobody is left behind. We hope to run a lunch club and this could \
include transport as appropriate.

Our friendly team will endeavour to listen to what people want and we will seek to improve \
wellbeing across the area. We may also signpost people to other services where appropriate.
"""

STRONG_LONELINESS = """\
## Who will benefit

Older people living alone in Millbrook and Eastfield, especially those referred by GP \
practices. Last year our befriending service supported 85 older people, and 71% said they \
felt less lonely after six months.

## What we will do

- From April 2026, trained volunteers will visit or call 100 older people each week.
- A Friday lunch club for 30 people at the hub, with a minibus for 12 people who cannot \
travel alone.
- Brook Valley Medical Practice's social prescribers will refer at least 40 people a year to \
us.

## How we will measure and report

Each person answers four short loneliness questions when they start and again after six \
months. Our Befriending Coordinator, Sam Patel, keeps the attendance register and will report \
the results to the council every quarter. By March 2027, 70% of people will score as less \
lonely.

This is additional to the core service: the contract pays for a second volunteer trainer, so \
we can reach 40 more people a year than we do now. Less loneliness means better mental and \
physical health, so we also record GP visits that members report.
"""

WEAK_JOBS = """\
We believe strongly in supporting local people into employment and we are committed to \
making a real difference.

We will try to recruit locally where possible and we will encourage our staff to volunteer. \
We may offer work experience placements and could provide training opportunities as and when \
they arise. A number of people will benefit from our approach.

We will continue to pay our staff fairly and comply with all relevant employment legislation.
"""

STRONG_JOBS = """\
## Local jobs

We will fill all 4 new posts on this contract with Anytown residents. We will advertise them \
through the Anytown Jobs Hub within 2 months of contract start, and pay at least the Real \
Living Wage.

## Volunteering that leads to work

Our Next Step programme will take 24 volunteers a year who face barriers to work, including \
care leavers and disabled people. Each volunteer gets 12 weeks of supported volunteering in \
the café or pantry, a Level 2 food hygiene certificate and weekly mentoring. Last year 15 of \
the 22 people who finished were in work, training or education six months later.

## Measuring and reporting

Our Volunteer Manager leads the programme. We record sign-ups, training certificates and \
six-month follow-up calls, and report the figures to the council each quarter.
"""

WEAK_GREEN = """\
We care deeply about the environment and take our responsibilities seriously.

We will look to reduce our carbon footprint where practicable and seek to minimize waste. \
Staff will be encouraged to travel sustainably as far as possible, and we hope to introduce \
recycling in due course. We will explore options for greener energy and may consider other \
initiatives in the future.
"""

STRONG_GREEN = """\
## Food waste

Last year we rescued 18.4 tonnes of surplus food from three supermarkets. From June 2026 we \
will collect from a fourth store and save 22 tonnes a year by March 2027, weighed at every \
collection.

## Travel

Most of our carbon emissions come from travel. Volunteers will visit people within walking \
distance of their homes in Millbrook. Staff mileage was 6,200 miles last year; we will cut it \
by 25% by the end of Year 1 by grouping visits by postcode.

## Energy and single-use items

By September 2026 the café will stop using single-use cups and cutlery, saving about 9,000 \
items a year.

## Monitoring

Our Operations Manager owns these targets. We log the weight of every collection and monthly \
mileage claims, and will report both to the council every quarter.
"""

WEAK_COST = """\
We understand that many families are struggling with the cost of living and we want to help \
as much as possible.

We aim to offer low-cost food where we can and will signpost people to advice services as \
appropriate. We hope to expand our pantry if funding allows.
"""

STRONG_COST = """\
Our pantry will give 200 Anytown households a year a weekly bag of food worth about £15 for \
£3.50, from April 2026.

Each quarter we will hold 2 benefits and energy advice sessions with Anytown Citizens Advice, \
for 40 households a year.

Our Pantry Coordinator records every visit in the membership register, and we report numbers \
of households and advice sessions to the council quarterly.
"""

WEAK_DELIVERY = """\
Social value is at the heart of everything we do. Our experienced team will oversee delivery \
and we will keep the council informed as required.

We will endeavour to meet all of our commitments and will seek to address any issues as they \
arise. We could also share some stories where appropriate so the council can see the \
difference we make.
"""

STRONG_DELIVERY = """\
## Who leads it

Our Chief Executive, Priya Shah, is responsible for the social value plan. Our Volunteer \
Manager runs it day to day and meets the council's contract manager every quarter.

## Milestones

- Month 1: agree the KPIs and reporting template with the council.
- Month 2: recruit and train 10 new befriending volunteers.
- Month 3: first lunch club sessions and the first 24 Next Step places open.
- Month 12: first annual review with members, using feedback from 3 focus groups.

## Evidence and reporting

For each commitment we keep the evidence the council can audit: attendance registers, \
training certificates, the weigh-in log and six-month follow-up calls. We send a short report \
within 15 working days of the end of each quarter.

If a target is missed, we say why in the quarterly report and agree a recovery plan within \
one month.
"""

WEAK_TRAINING = """\
We are passionate about helping young people to reach their potential.

We will offer training to young people where possible and we hope to create some trainee \
posts. We may also run workshops for local schools as appropriate.
"""

# Plain-line headings (no "##"), as people type them, and the many ways of saying
# "over the life of the contract": none of these is a vague or untimed promise.
STRONG_TRAINING = """\
How we will deliver it

We will create 6 trainee posts over the three-year contract, 2 a year, for young people \
from Eastfield who are not in education, employment or training. Each trainee gets a Level 2 \
qualification and weekly mentoring for the whole contract.

What we will offer schools

- 3 careers workshops a term at Eastfield Academy throughout the contract
- Work experience for 10 pupils each year of the contract

How we will report it

Our Training Manager keeps a register of trainees and workshops and will report the figures \
to the council every quarter, across the contract term.
"""

PAIRS = {
    "loneliness": (WEAK_LONELINESS, STRONG_LONELINESS),
    "jobs": (WEAK_JOBS, STRONG_JOBS),
    "green": (WEAK_GREEN, STRONG_GREEN),
    "cost of living": (WEAK_COST, STRONG_COST),
    "delivery plan": (WEAK_DELIVERY, STRONG_DELIVERY),
    "training, plain headings": (WEAK_TRAINING, STRONG_TRAINING),
}
