"""After a bid is won: the delivery plan, what was delivered, and how it stands.

* :mod:`.periods` — reporting periods from a contract's start, end and frequency.
* :mod:`.profile` — a commitment's target spread over the periods (evenly, or as
  its timeframe says, e.g. "2 a year starting by month 3").
* :mod:`.plan` — marking a bid won, the contract and its plan (every change
  through the workspace, so it is saved at once and undoable).
* :mod:`.recording` — what was delivered in a period, its evidence and any
  recovery action.
* :mod:`.status` — profiled and achieved to date, forecast, rating in the
  Procurement Act's words, value by the buyer's own values, next report date.
"""
