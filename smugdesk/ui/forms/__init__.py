"""Forms for catches, gang busts, cases and agencies."""
