"""The quotes kind finds its quote and bracket characters by a ``str.find`` pass per character
(``_relevant``) instead of a ``re`` scan for the class: the same offsets, and the same events."""
import random
from types import SimpleNamespace

from termcheck.kinds import quotes

PIECES = ['"', "“", "”", "‘", "’", "(", ")", "[", "]", "【", "】", "《", "》", "（", "）", "「", "」", "『", "』", "〈",
          "〉", "a", "Word", " ", "\n", "\n\n", ".", ". ", "1)", "- ", "# ", "é", "中", "\U0001f600", "'", "{", "<"]


def test_relevant_chars_are_the_class():
    every = "".join(chr(o) for o in range(0x10000))
    assert sorted(quotes.RELEVANT_CHARS) == sorted(m.group() for m in quotes.RELEVANT.finditer(every))
    assert len(set(quotes.RELEVANT_CHARS)) == len(quotes.RELEVANT_CHARS)


def test_offsets_and_events_equal_the_class_scan():
    rnd = random.Random(501)
    events = 0
    for _ in range(5000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        assert quotes._relevant(text) == [m.start() for m in quotes.RELEVANT.finditer(text)], ascii(text)
        want = [ev for a, b in quotes.paragraphs(text) for ev in quotes._scan(text, a, b)]
        ctx = SimpleNamespace(memoize=lambda key, fn: fn())
        assert quotes._events(ctx, SimpleNamespace(id=None, text=text)) == want, ascii(text)
        events += len(want)
    assert events > 5000


def test_the_offsets_test_can_fail():
    # offsets that miss a character lose its events: the comparison above would see it
    text = "He said “yes (and no."
    full = quotes._relevant(text)
    assert list(quotes._scan(text, 0, len(text), full)) != list(quotes._scan(text, 0, len(text), full[1:]))
