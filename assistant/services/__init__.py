"""Use cases shared by the UI and the CLI: neither talks to the store directly."""
