"""Scoring wirecode against gold suites: `devset` scores merged events on ../shared/devset."""
