"""The data package the subject receives."""
