from termcheck.kinds.verb_form import gerund


def test_gerund_spelling_rules():
    assert [gerund(w) for w in ["Study", "promote", "plan", "die", "see", "carry", "Implement"]] == \
        ["Studying", "promoting", "planning", "dying", "seeing", "carrying", "Implementing"]
