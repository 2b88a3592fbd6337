"""The property tests of CI with many more examples (outside CI): at least 10,000 generated inputs in all.

Usage: python scripts/long_properties.py [EXAMPLES_PER_PROPERTY] [--random]

Runs ``tests/test_properties_*.py`` through pytest with ``ITINERARY_PROPERTY_EXAMPLES`` set; ``--random``
draws fresh examples instead of CI's derandomized ones. Prints pytest's summary and the total examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPERTIES = 13  # hypothesis tests across tests/test_properties_*.py


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    per_property = int(args[0]) if args else 800
    env = dict(os.environ, ITINERARY_PROPERTY_EXAMPLES=str(per_property))
    if "--random" in sys.argv:
        env["ITINERARY_PROPERTY_RANDOM"] = "1"
    began = time.perf_counter()
    files = sorted(str(p) for p in (ROOT / "tests").glob("test_properties_*.py"))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *files], cwd=ROOT, env=env,
                          check=False)
    took = time.perf_counter() - began
    print(f"{per_property} examples per property, up to {per_property * PROPERTIES:,} inputs, {took:.0f} s, "
          f"pytest exit status {proc.returncode}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
