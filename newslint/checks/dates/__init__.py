"""Date rules (D): dates checked against the calendar and against the story's own date.

Every rule reads the ``dates`` analysis: time expressions with exact offsets, and the story's
reference date (``--date``, then ``date:`` in the front matter, then the dateline; never the
computer's clock). A rule that needs the reference date stays silent when the story has none.
"""
