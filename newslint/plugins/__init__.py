"""The pluggy plugin host: hook specifications and the loader of entry points."""

from .hookspecs import hookimpl, hookspec

__all__ = ["hookimpl", "hookspec"]
