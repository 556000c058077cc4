"""Answering the subject: extension, refusal, withdrawal and the delivery record."""
