"""Closing a case, keeping its dossier and deleting it when retention ends."""
