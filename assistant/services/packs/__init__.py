"""Team packs: the .huashu file (archive), keys and signatures (signing), building a pack
from the lead's own items (build), fetching from a file, folder or web server (sources), and
subscribing and syncing (subscriptions). The format is described in docs/pack-format.md."""
