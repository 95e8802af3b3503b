"""starapp: offline-first strengths-based outcome assessment with a radial star."""

__version__ = "0.1.0"
