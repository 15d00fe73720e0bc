"""`--public`: of a closed item the agenda keeps number and title, and nothing else of it reaches the page."""

from __future__ import annotations

import pytest

from exports.minutes import MinutesOptions, render_minutes
from tests.exports.scenario import Texts, build

CANARY = "KANARIE"


def canaries() -> Texts:
    """A unique string in every text that belongs to the closed session only."""
    base = Texts()
    return Texts(
        closed_only=(f"{CANARY}-Omega", "Olaf", "Dr."),
        guest=(f"{CANARY}-Gast", "Gustav", ""),
        titles={**base.titles, "3": "Grundstücksangelegenheit TITEL-BLEIBT", "6": "Personalsache TITEL-BLEIBT"},
        notes={**base.notes, "3": f"Vertraulich: {CANARY} im Bericht.\n\nZweiter Absatz {CANARY}."},
    )


@pytest.fixture(scope="module")
def meeting():
    return build(canaries())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_closed_text_in_the_public_minutes(meeting, lang: str) -> None:
    full = render_minutes(meeting.state, MinutesOptions(lang, timings=True))
    public = render_minutes(meeting.state, MinutesOptions(lang, public=True, timings=True))
    assert full.count(CANARY) >= 5  # notes (twice), the closed-only member, the guest, the recusal
    assert CANARY not in public
    assert public.count("TITEL-BLEIBT") == 2  # the closed items' titles, in the agenda only
    assert full.count("TITEL-BLEIBT") > 2


def test_no_closed_fact_in_the_public_german_minutes(meeting) -> None:
    full = render_minutes(meeting.state, MinutesOptions("de", timings=True))
    public = render_minutes(meeting.state, MinutesOptions("de", public=True, timings=True))
    closed_facts = (
        "mit 1 Ja-Stimme und 1 Enthaltung beschlossen",  # the closed vote
        "Gerd Gamma ist befangen",  # a member present throughout, recused only in the closed item
        "sind befangen",
        "nicht mehr gegeben",  # the chair's determination during the closed item
        "Tagesordnungspunkt 3:",
        "Tagesordnungspunkt 6:",  # a closed item deferred
        "während TOP 3",  # an arrival during the closed item
        "Sitzung: nichtöffentlich",
        "| 3 |",  # the closed item's times in the appendix
    )
    for fact in closed_facts:
        if fact != "Gerd Gamma ist befangen":
            assert fact in full, fact
        assert fact not in public, fact
    # What stays: the agenda's closed part, the people present in the public part, the public items.
    assert "**Nichtöffentliche Sitzung:**" in public
    assert "3. Grundstücksangelegenheit TITEL-BLEIBT" in public
    # came during the closed item, stayed for the public part: named, but the moment belongs to the closed part
    assert "Iota, Ida (ab dem nichtöffentlichen Teil)" in public and "18:24" not in public
    assert "Gamma, Gerd" in public
    assert public.count("befangen") == 1  # the recusal on the public item 2.2
    assert public.count("vertagt") == 1  # the public item 4


def test_no_closed_fact_in_the_public_english_minutes(meeting) -> None:
    public = render_minutes(meeting.state, MinutesOptions("en", public=True, timings=True))
    closed_facts = ("Item 3:", "Item 6", "\n*Closed session*\n", "no longer quorate", "1 for, 1 abstention")
    for fact in (*closed_facts, "during item 3"):
        assert fact not in public, fact
    declarations = public[public.index("## Declarations of interest") :].split("---")[0]
    assert "Item 2.2" in declarations and "Item 3" not in declarations


def test_the_public_minutes_are_filtered_before_the_template(meeting, tmp_path) -> None:
    """A house template that prints every field it gets still cannot print the closed session."""
    (tmp_path / "minutes.de.md.j2").write_text(
        "{% for item in items %}{{ item.number }} {{ item.notes }} {{ item.recusal }} {{ item.vote }}\n{% endfor %}"
        "{% for g in present %}{% for p in g.people %}{{ p.name }} {{ p.note }}\n{% endfor %}{% endfor %}"
        "{% for item in timed %}{{ item.number }} {{ item.started }}\n{% endfor %}{{ declarations }}",
        encoding="utf-8",
    )
    public = render_minutes(meeting.state, MinutesOptions("de", public=True, template_dir=tmp_path))
    assert CANARY not in public
    assert "Gamma" in public and "befangen" in public  # the public recusal is there
    assert "Gerd Gamma ist befangen" not in public
