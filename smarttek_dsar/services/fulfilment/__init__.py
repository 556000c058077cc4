"""Doing what was decided: erasure, rectification, restriction and the GDPR 19 notices to
recipients."""
