"""Writing the answers: bids and questions, counting to a limit, prompts and
drafts, commitments, versions, spelling and the evaluator's checks."""
