"""Python rules, one module per family; the engine finds every Rule subclass here."""
