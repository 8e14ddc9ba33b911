"""Pure-Python heart of svbidder: the workspace file, its records and the rules.

Nothing in this package may import Qt, so every behaviour can be tested and
scripted without a display.
"""

# The ending of workspace files; here so the window can use it without loading storage.
WORKSPACE_SUFFIX = ".svbid"
