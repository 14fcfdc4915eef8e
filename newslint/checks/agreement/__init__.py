"""Number agreement (G202, G203): one rule per module, shared noun and subject helpers beside them."""
