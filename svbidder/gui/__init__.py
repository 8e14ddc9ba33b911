"""The PySide6 interface: a thin layer over :mod:`svbidder.core`.

This is the only package allowed to import Qt.
"""
