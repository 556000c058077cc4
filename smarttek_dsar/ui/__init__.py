"""The Qt front end. It lays out widgets and calls the services; it never holds a database
session and never decides a rule itself."""
