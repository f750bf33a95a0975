"""Actors: who did what to whom — names, titles, states and office-holders."""
