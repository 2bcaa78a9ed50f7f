"""``klaros demo`` and ``klaros screenshots``: a seeded demo shop, and the simulator + relay it talks to."""
