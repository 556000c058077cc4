"""Entry script of the frozen application: the same main() as the smarttek-dsar console script."""

from smarttek_dsar.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
