"""Smarttek DSAR Desk: GDPR data subject requests for SMARTTEK MIXTURE SIA."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smarttek-dsar")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
