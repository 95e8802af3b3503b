"""The made-up wording of demo data: names, projects, notes and action steps.

All of it is newly written for starapp (no third-party scale or star text). Names are a
first name and at most a surname initial; projects and workers are invented.
``demo_people`` picks from these lists with the fill's seeded random generator, so
changing a list changes the people a seed makes.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Alex", "Ash", "Bea", "Cal", "Cass", "Dee", "Devi", "Eli", "Ema", "Fin", "Gale", "Hal",
    "Ida", "Ira", "Jem", "Jo", "Kai", "Kit", "Lark", "Lee", "Mo", "Nell", "Noor", "Oli",
    "Pat", "Pip", "Quin", "Rae", "Ren", "Robin", "Rue", "Sam", "Sol", "Tam", "Teo", "Uma",
    "Val", "Wren", "Yan", "Zed",
)  # fmt: skip
WORKER_NAMES = (
    "Amara", "Bryn", "Cerys", "Dara", "Efe", "Femi", "Gwen", "Hana", "Imo", "Jude",
    "Kemi", "Lowri", "Mags", "Nia", "Orla", "Priya", "Rhod", "Sian", "Tomos", "Yusuf",
)  # fmt: skip
INITIALS = "ABCDEFGHJKLMNPRSTVWZ"

# Projects that suit each sample template (keys not listed fall back to all projects).
PROJECTS: dict[str, tuple[str, ...]] = {
    "life-areas": ("Riverside Housing", "Northgate Outreach", "Harbour Street Hostel"),
    "family-support": ("Family Link", "Little Steps Family Centre"),
    "young-person": ("Youth Pathways", "Northgate Outreach"),
}
TEMPLATE_WEIGHTS = {"life-areas": 55, "family-support": 25, "young-person": 20}
CONSENT_METHODS = ("verbal", "signed form", "signed form", "online form")

READING_NOTES = (
    "Met at the project office.",
    "Done over two short sessions.",
    "Scored together at the drop-in.",
    "They scored on their own first, then we talked it through.",
    "Review brought forward after a move.",
    "Quiet session; agreed to look again next time.",
    "Good session, lots of ideas for next steps.",
    "Met at home; a family member joined for part of it.",
)
SCORE_NOTES = {
    "up": (
        "Feels more settled since the last review.",
        "Proud of the progress here.",
        "Things moving in the right direction.",
        "Has been doing this without prompting.",
    ),
    "down": (
        "A difficult few weeks; agreed to revisit soon.",
        "Setback after a change in circumstances.",
        "Finding this harder at the moment.",
    ),
    "same": (
        "No big change; happy with where things are.",
        "Steady since last time.",
        "Wants to focus on other areas for now.",
    ),
}
AMEND_REASONS = (
    "Score entered against the wrong area; corrected with the person.",
    "Typing slip on the day; corrected after checking the paper notes.",
)
# Action wording by a word in the area key; the first match wins.
ACTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("home", ("Look at bidding options for a one-bedroom flat", "Chase the repairs request")),
    ("money", ("Check benefit entitlement with the advice service", "Draw up a weekly budget")),
    ("drugs", ("Go to the first appointment at the recovery service",)),
    ("mental", ("Try the Thursday wellbeing group", "Self-refer to talking therapies")),
    ("feelings", ("Try the calm-down plan at bedtime",)),
    ("health", ("Register with a local GP surgery", "Book a dental check-up")),
    ("daily", ("Set up a simple weekly shopping and cooking plan",)),
    ("living", ("Practise cooking two simple meals", "Set up a cleaning rota")),
    ("routines", ("Try a regular bedtime routine for two weeks",)),
    ("relationships", ("Get back in touch with one friend", "Join the community allotment")),
    ("network", ("Find a local parents' group",)),
    ("work", ("Enrol on the Tuesday computer skills course", "Visit the college open day")),
    ("education", ("Visit the college open day", "Update the CV with support")),
    ("school", ("Meet the school's family liaison worker",)),
    ("safe", ("Agree a safety plan and who to call",)),
    ("hope", ("Write down three goals for the next three months",)),
    ("confidence", ("Write down three goals for the next three months",)),
    ("children", ("Book the health visitor review",)),
)
OTHER_OWNERS = ("Housing officer", "GP surgery", "Advice service", "School", "College tutor")


def action_words(area_key: str) -> tuple[str, ...]:
    """The action steps that suit an area, found by a word in its key."""
    for word, options in ACTIONS:
        if word in area_key:
            return options
    return ("Talk through options at the next session", "Find out what help is available")
