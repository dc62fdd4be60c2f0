from assistant.thin import main

raise SystemExit(main())
