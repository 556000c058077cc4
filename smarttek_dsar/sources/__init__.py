"""The company's systems a data subject's data is searched in: SQL databases and file exports,
configured per installation. Reads only; never changes a system it searches."""
