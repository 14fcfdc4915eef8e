"""Real-word rules (S2xx): real words in the wrong place.

``it's profits``, ``more then``, ``an importance confidence-building measure``: every word is
spelled right, and only the context shows that the writer meant another one.

One rule a module (its.py S201, their_there.py S202, than_then.py S203, would_of.py S204,
confused_word.py S205, noun_for_adjective.py S206, were_after_singular.py S207,
slot_word.py S210); base.py is the scan they
share and the evidence of the word-pair counts (``newslint.ngrams``), words.py the word sets
more than one rule reads, phrases.py the noun-phrase and verb tests they share.
"""
