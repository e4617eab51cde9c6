"""tocsin: raises an alarm the moment the news reports an act of war that matters."""

__version__ = "0.1.0"
