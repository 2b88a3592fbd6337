"""Events stage: an article's sentences and dates -> typed event mentions (see ``extract``)."""
