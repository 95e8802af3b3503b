"""The app's own icon (resources/icons), for windows, dialogs and the About box."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from starapp.resources import resource_path

ICON_SIZES = (16, 32, 48, 256)


def app_icon() -> QIcon:
    """The starapp icon, from PNGs drawn at each size (crisper than scaling one)."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"starapp-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon
