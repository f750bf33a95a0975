"""A long fuzzing session: the properties of tests/test_fuzz.py with many more examples.

    python scripts/fuzz_long.py [--examples 5000] [--seed N]

Runs outside the CI test run (which uses a few dozen examples per property). Hypothesis keeps
any failing example in .hypothesis/ and replays it first next time; fix, then run again.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    env = dict(os.environ, WIRECODE_FUZZ_EXAMPLES=str(args.examples))
    command = [sys.executable, "-m", "pytest", str(ROOT / "tests" / "test_fuzz.py"), "-q", "-x"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    command.append("--hypothesis-show-statistics")
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
