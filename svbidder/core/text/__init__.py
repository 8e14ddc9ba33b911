"""Text tools every part shares: making text safe to store, and forgiving search."""
