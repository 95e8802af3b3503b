from starapp.cli import main

raise SystemExit(main())
