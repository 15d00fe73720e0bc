"""The genitive rule on real bodies' names, and its warning when it cannot decide."""

from __future__ import annotations

import pytest

from sitzung.genitive import genitive, genitive_rule
from tests.bodies.helpers import run

REAL_NAMES = [
    ("Ausschuss für Gesundheit, Soziales und Generationenfragen",
     "des Ausschusses für Gesundheit, Soziales und Generationenfragen"),
    ("Haupt- und Finanzausschuss", "des Haupt- und Finanzausschusses"),
    ("Jugendhilfeausschuss", "des Jugendhilfeausschusses"),
    ("Rat", "des Rates"),
    ("Rat der Stadt Aachen", "des Rates der Stadt Aachen"),
    ("Rat der Gemeinde Wachtberg", "des Rates der Gemeinde Wachtberg"),
    ("Gemeinderat Bad Boll", "des Gemeinderates Bad Boll"),
    ("Stadtrat", "des Stadtrates"),
    ("Ortschaftsrat Weiler", "des Ortschaftsrates Weiler"),
    ("Integrationsrat", "des Integrationsrates"),
    ("Beirat", "des Beirates"),
    ("Seniorenbeirat der Stadt Köln", "des Seniorenbeirates der Stadt Köln"),
    ("Kreistag", "des Kreistages"),
    ("Kreistag Heinsberg", "des Kreistages Heinsberg"),
    ("Vorstand", "des Vorstandes"),
    ("Erweiterter Vorstand", "des Erweiterten Vorstandes"),
    ("Zweckverband Nahverkehr Rheinland", "des Zweckverbandes Nahverkehr Rheinland"),
    ("Versammlung", "der Versammlung"),
    ("Mitgliederversammlung", "der Mitgliederversammlung"),
    ("Ordentliche Mitgliederversammlung", "der Ordentlichen Mitgliederversammlung"),
    ("Stadtverordnetenversammlung Frankfurt am Main", "der Stadtverordnetenversammlung Frankfurt am Main"),
    ("Bezirksvertretung Innenstadt", "der Bezirksvertretung Innenstadt"),
    ("Gemeindevertretung", "der Gemeindevertretung"),
    ("Kommission für Denkmalpflege", "der Kommission für Denkmalpflege"),
    ("Bürgerschaft", "der Bürgerschaft"),
    ("Präsidium", "des Präsidiums"),
    ("Kuratorium der Stiftung", "des Kuratoriums der Stiftung"),
]


@pytest.mark.parametrize(("name", "expected"), REAL_NAMES)
def test_the_rule_declines_real_body_names(name: str, expected: str) -> None:
    assert genitive_rule(name) == expected
    assert genitive(name) == expected


@pytest.mark.parametrize("name", ["Planning Committee", "Team Nord", "AG Radverkehr", "Parish Council of Ambridge"])
def test_the_rule_says_when_it_cannot_decide(name: str) -> None:
    assert genitive_rule(name) is None
    assert genitive(name) == f"des Gremiums „{name}“"
    assert genitive(name, "der AG Radverkehr") == "der AG Radverkehr"


def test_body_create_warns_and_suggests_genitive() -> None:
    result = run("body", "create", "AG Radverkehr", "--seats", "9", "--preset", "de-verein")
    assert result.exit_code == 0
    assert "AG Radverkehr" in result.stdout
    assert "--genitive" in result.stderr and "des Gremiums" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("Rat der Stadt Aachen", "--seats", "59", "--preset", "de-rat"),
        ("AG Radverkehr", "--seats", "9", "--preset", "de-verein", "--genitive", "der AG Radverkehr"),
        ("Planning Committee", "--seats", "9", "--preset", "en"),
    ],
)
def test_no_warning_when_the_rule_decides_or_is_told_or_the_body_is_english(args: tuple[str, ...]) -> None:
    result = run("body", "create", *args)
    assert result.exit_code == 0 and result.stderr == ""


def test_create_takes_the_labels_and_the_genitive() -> None:
    run("body", "create", "AG Radverkehr", "--seats", "9", "--preset", "de-verein", "--genitive", "der AG Radverkehr",
        "--chair-label", "Sprecherin", "--secretary-label", "Protokoll")
    shown = run("body", "show", "AG Radverkehr").stdout
    assert 'genitive = "der AG Radverkehr"' in shown
    assert 'chair_label = "Sprecherin"' in shown and 'secretary_label = "Protokoll"' in shown
    assert 'quorum = "count:1"' in shown
