"""The request comes in: registration, imports, the drop folder, duplicates and the acknowledgement
of receipt."""
