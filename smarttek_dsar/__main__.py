from smarttek_dsar.cli.main import main

raise SystemExit(main())
