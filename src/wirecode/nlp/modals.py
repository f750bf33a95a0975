"""The modal verbs by what they tell of an act: one table for every reader that asks
(contact status, PLOVER status and frames, the tense of time expressions).

Forms are a token's lower-case text as the tokenizer splits them: "won't" is "wo" +
"n't", "he'll" is "he" + "'ll", "she'd" is "she" + "'d"."""

FUTURE = frozenset({"will", "'ll", "’ll", "wo", "shall"})  # "will meet", "won't meet"
CONDITIONAL = frozenset({"would", "'d", "’d"})  # a condition, a future in the past, a wish
POSSIBLE = frozenset({"could", "might", "may"})  # "fighting could erupt": no fact told
ABLE = frozenset({"can"})  # a capacity, or a possibility in the present
OBLIGED = frozenset({"should", "must"})  # an obligation or an expectation
ALL = FUTURE | CONDITIONAL | POSSIBLE | ABLE | OBLIGED
# the act said to come, in a promise or a threat: "assured the IMF it would", "warned it will"
TO_COME = FUTURE | CONDITIONAL
