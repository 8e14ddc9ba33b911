"""Where the main window goes on the screen: inside the space the screen has left
after its taskbar or dock, so the status bar ("All changes saved") is never
hidden below the bottom edge of a small laptop screen.

Pure arithmetic on ``(x, y, width, height)`` tuples, so it is tested without a
screen; the window turns Qt rectangles into tuples and back.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]  # x, y, width, height

PREFERRED_SIZE = (1280, 860)
# Room for the title bar and borders the system draws around the window (its
# "frame"), which are outside the window's own geometry. Windows 10 and 11 use
# about 31 pixels of title bar and invisible 8-pixel borders at 100% scaling.
FRAME_ALLOWANCE = (8, 32, 8, 8)  # left, top, right, bottom


def usable_area(available: Rect, frame: tuple[int, int, int, int] = FRAME_ALLOWANCE) -> Rect:
    """The part of ``available`` the window's inside can use once its frame is drawn."""
    x, y, width, height = available
    left, top, right, bottom = frame
    return (x + left, y + top, max(width - left - right, 1), max(height - top - bottom, 1))


def first_start_rect(available: Rect, preferred: tuple[int, int] = PREFERRED_SIZE,
                     frame: tuple[int, int, int, int] = FRAME_ALLOWANCE) -> Rect:
    """The comfortable size, or as much of the screen as there is, centred."""
    area = usable_area(available, frame)
    width, height = min(preferred[0], area[2]), min(preferred[1], area[3])
    return (area[0] + (area[2] - width) // 2, area[1] + (area[3] - height) // 2, width, height)


def fit_rect(stored: Rect, available: Rect,
             frame: tuple[int, int, int, int] = FRAME_ALLOWANCE) -> Rect:
    """A remembered window place shrunk and moved until it is wholly on the screen.

    The layout may have been saved on a bigger monitor, or with the screen at a
    higher resolution; kept as it was, the bottom of the window (and its status
    bar) would be out of sight.
    """
    area = usable_area(available, frame)
    x, y, width, height = stored
    width, height = min(max(width, 1), area[2]), min(max(height, 1), area[3])
    x = min(max(x, area[0]), area[0] + area[2] - width)
    y = min(max(y, area[1]), area[1] + area[3] - height)
    return (x, y, width, height)


def fits(rect: Rect, available: Rect) -> bool:
    """Whether ``rect`` lies wholly inside ``available``."""
    x, y, width, height = rect
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah
