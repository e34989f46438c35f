from briefdeck.cli import main

raise SystemExit(main())
