"""What the organisation already does: its activities, its evidence library,
and lists brought in from spreadsheets."""
