"""The prepared meeting and its per-attempt copy, for every test of the adversarial corpus."""

from tests.hostile.harness import meeting, prepared  # noqa: F401  (fixtures)
