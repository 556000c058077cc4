"""Running the desk: users, organisation settings and documents, the register and data sources,
backups, the dashboard and reports."""
