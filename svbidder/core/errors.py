"""Errors that core raises, each carrying a message a charity worker can read.

The GUI and the command line show ``str(error)`` as it is, so every message says
what happened, that nothing was lost, and what to do next.
"""

from __future__ import annotations


class SvBidderError(Exception):
    """Base class for every error svbidder reports to a person."""


class WorkspaceError(SvBidderError):
    """A workspace file could not be opened or created."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not an svbidder workspace (another program's file)."""


class NewerVersionError(WorkspaceError):
    """The file was saved by a newer svbidder than this one."""


class DamagedWorkspaceError(WorkspaceError):
    """The file is a workspace but its contents are damaged."""


class ReadOnlyError(WorkspaceError):
    """A change was attempted on a workspace that is open read-only."""


class SaveError(SvBidderError):
    """A change could not be saved; the file still holds the last saved state."""


class RecordNotFoundError(SvBidderError):
    """A record the caller asked for does not exist (usually deleted meanwhile)."""


class MissingResourceError(SvBidderError):
    """A file that comes with svbidder (frameworks, prompts, guides…) is missing.

    Raised instead of carrying on with an empty list, which would look like
    "there are no frameworks" rather than a broken installation.
    """
