"""The letters to the subject: templates, the values filled in, previews."""
