import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
GOLD = ROOT / "seeds" / "000_650a57b38a898bbd.gold.jsonl"


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true", default=False,
                     help="rewrite stored expected outputs instead of comparing")
