"""The council's priorities: frameworks (themes, outcomes, measures), priority
packs, and reading a council's own document into a framework."""
