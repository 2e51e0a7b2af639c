"""The guided chat: sessions on disk, the interview that collects the facts, revisions of a
draft, and imports from materials. May import every layer below ``cli``."""
