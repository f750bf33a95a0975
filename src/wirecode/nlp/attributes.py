"""spaCy's attribute ruler and lemmatizer as one memoised step, with the same output.

In en_core_web_sm the `attribute_ruler` maps each token's tag (and for a few words its
text, its dependency label or its neighbour) to a part of speech, morphological features and
sometimes a lemma, and the rule `lemmatizer` then derives the other lemmas from the text,
part of speech and features. Both work token by token in Python-level loops (a `Matcher`
over 179 patterns; a `Token` object per word): together about a fifth of the parse.

`FastAttributes` gives the same values from two memos:

- the ruler's result is a function of what its patterns look at: the token's lower-cased
  form (only as far as some pattern names it or a regular expression tells it apart), its
  tag, its dependency label, whether it is a space, and which multi-token patterns cover
  it. Each new combination is computed once by spaCy's own code (`set_token_attrs` with the
  ruler's own attributes, in the ruler's order: later patterns win) and then reused;
- the lemma of a token the ruler leaves without one is a function of (text, part of speech,
  features), the lemmatizer's own cache key: each new key is lemmatized once by the
  lemmatizer itself.

Values are read and written as arrays (`Doc.to_array` / `Doc.from_array`). The patterns
are read from the loaded ruler; `compile_rules` refuses (returns None) any pattern it does not
understand, and `wirecode.nlp.load` then keeps spaCy's components. tests/test_attributes.py
compares both pipelines token by token on the seeds, the devset and Timeline17 articles.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

logger = logging.getLogger(__name__)

__all__ = ["FastAttributes", "compile_rules"]

_FEATURES = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_OPERATORS = {"IN", "NOT_IN", "REGEX"}
MEMO_SIZE = 500_000  # combinations of features remembered before the memos start again


@dataclass(frozen=True, slots=True)
class _Rule:
    """One token pattern of the ruler: its rule number (the order of precedence), the token
    specs, and which matched token gets the attributes."""

    number: int
    specs: tuple[tuple[tuple[int, str, object], ...], ...]  # per token: (feature, op, value)
    index: int


def _spec(token: dict) -> tuple[tuple[int, str, object], ...] | None:
    spec = []
    for name, value in token.items():
        if name not in _FEATURES:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in _OPERATORS:
                return None
            op, operand = next(iter(value.items()))
            if op == "REGEX":
                operand = re.compile(operand)
            else:
                operand = frozenset(operand)
        elif isinstance(value, (str, bool)):
            op, operand = "==", value
        else:
            return None
        spec.append((_FEATURES[name], op, operand))
    return tuple(spec)


def compile_rules(ruler) -> list[_Rule] | None:
    """The ruler's patterns as `_Rule`s, or None when one uses anything but LOWER, TAG, DEP
    and IS_SPACE with equality, IN, NOT_IN or REGEX (a Matcher quantifier, say)."""
    rules = []
    for number in range(len(ruler.attrs)):
        if "_" in ruler.attrs[number]:  # extension attributes: not handled
            return None
        for pattern in ruler.matcher.get(str(number))[1]:
            specs = tuple(_spec(token) for token in pattern)
            if not specs or any(s is None for s in specs):
                return None
            rules.append(_Rule(number, specs, ruler.indices[number]))
    return rules


def _holds(spec, features: tuple) -> bool:
    for feature, op, operand in spec:
        value = features[feature]
        if op == "==":
            if value != operand:
                return False
        elif op == "IN":
            if value not in operand:
                return False
        elif op == "NOT_IN":
            if value in operand:
                return False
        elif not operand.search(value):  # REGEX, on a string attribute
            return False
    return True


def _index_as_sets(lemmatizer) -> None:
    """The lemmatizer's word lists per part of speech as sets. `rule_lemmatize` only asks
    `form in index` (and whether the list is empty) of them: the same answers, without a
    scan of a list of thousands of words for every new word. The table is replaced in the
    lemmatizer that `FastAttributes` owns, never changed in place."""
    from spacy.lookups import Table

    lookups = lemmatizer.lookups
    if "lemma_index" not in lookups:
        return
    index = lookups.get_table("lemma_index")
    if all(isinstance(words, frozenset) for words in index.values()):
        return
    faster = Table(name="lemma_index")
    for key, words in index.items():
        faster[key] = frozenset(words) if isinstance(words, list) else words
    lookups.set_table("lemma_index", faster)


class FastAttributes:
    """A pipeline component equal to spaCy's `attribute_ruler` followed by its `lemmatizer`
    (see the module docstring)."""

    def __init__(self, vocab, ruler, lemmatizer, rules: list[_Rule]) -> None:
        self.vocab = vocab
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.singles = [r for r in rules if len(r.specs) == 1]
        self.multis = [r for r in rules if len(r.specs) > 1]
        # lower-case forms some pattern names; any other form is known by its regex results
        named: set[str] = set()
        self.regexes: list[re.Pattern] = []
        for rule in rules:
            for spec in rule.specs:
                for feature, op, operand in spec:
                    if feature != _FEATURES["LOWER"]:
                        continue
                    if op == "REGEX":
                        self.regexes.append(operand)
                    elif op == "==":
                        named.add(operand)
                    else:
                        named |= operand
        self.named = frozenset(named)
        _index_as_sets(lemmatizer)
        self._info: dict[tuple, tuple] = {}  # (lower, tag, dep, space) → what holds
        self._held: dict[tuple, tuple] = {}  # the same with the lower form's class
        self._results: dict[tuple, tuple[int, int, int, int, int]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}

    # -- the ruler ---------------------------------------------------------------------------
    def _what_holds(self, row: tuple) -> tuple:
        """For one token's (lower, tag, dep, space): the key of its ruler result (the lower
        form as far as the patterns tell it apart), the single-token rules that match, the
        multi-token rules whose first token spec holds, and per multi-token rule which of its
        token specs hold."""
        if len(self._info) > MEMO_SIZE:  # a long run meets ever new words: start again
            self._info.clear()
            self._held.clear()
            self._results.clear()
            self._lemmas.clear()
        strings = self.vocab.strings
        lower, tag, dep, space = row
        text = strings[lower]
        if text in self.named:
            known = lower
        else:  # ("", …): never equal to a hash; forms with equal regex results agree
            known = ("", *(bool(r.search(text)) for r in self.regexes))
        key = (known, tag, dep, space)
        held = self._held.get(key)
        if held is None:
            features = (text, strings[tag], strings[dep], bool(space))
            singles = tuple(r.number for r in self.singles if _holds(r.specs[0], features))
            multis = tuple(tuple(_holds(spec, features) for spec in r.specs) for r in self.multis)
            starts = tuple(r for r, holds in enumerate(multis) if holds[0])
            held = self._held[key] = (singles, starts, multis)
        info = self._info[row] = (key, *held)
        return info

    def _apply(self, doc, i: int, numbers) -> tuple[int, int, int, int, int]:
        """The ruler's result on token i, by spaCy's own code, rules in its order."""
        token = doc[i]
        for number in sorted(numbers):
            set_token_attrs(token, self.ruler.attrs[number])
        return token.tag, token.dep, token.pos, token.morph.key, token.lemma

    def _multi_token_rules(self, infos: list[tuple]) -> dict[int, tuple[int, ...]]:
        """Token → the multi-token rules that give it attributes."""
        n, extra = len(infos), {}
        for i, info in enumerate(infos):
            for r in info[2]:
                rule = self.multis[r]
                length = len(rule.specs)
                if i + length > n or not all(infos[i + k][3][r][k] for k in range(1, length)):
                    continue
                target = i + rule.index if rule.index >= 0 else i + length + rule.index
                if not i <= target < i + length:
                    raise ValueError(f"rule {rule.number}: index {rule.index} outside its match")
                extra[target] = (*extra.get(target, ()), rule.number)
        return extra

    def __call__(self, doc):
        n = len(doc)
        if n == 0:
            return doc
        array = doc.to_array([LOWER, TAG, DEP, IS_SPACE, POS, MORPH, LEMMA, ORTH])
        if array[:, 4:7].any():  # annotated before: not the case this step is exact for
            return self.lemmatizer(self.ruler(doc))
        memo, what_holds = self._info, self._what_holds
        rows = zip(*array[:, :4].T.tolist(), strict=True)
        infos = [memo.get(row) or what_holds(row) for row in rows]
        extra = self._multi_token_rules(infos) if any(info[2] for info in infos) else {}
        results, out = self._results, []
        for i, info in enumerate(infos):
            more = extra.get(i, ()) if extra else ()
            result = results.get((info[0], more))
            if result is None:
                result = results[(info[0], more)] = self._apply(doc, i, (*info[1], *more))
            out.append(result)
        values = numpy.array(out, dtype="uint64")
        doc.from_array([TAG, DEP, POS, MORPH], values[:, :4])
        # the lemmatizer: tokens the ruler gave no lemma, by (text, pos, features)
        lemmas, strings = self._lemmas, self.vocab.strings
        column = values[:, 4].tolist()
        keys = zip(array[:, 7].tolist(), values[:, 2].tolist(), values[:, 3].tolist(), strict=True)
        for i, key in enumerate(keys):
            if column[i]:
                continue
            lemma = lemmas.get(key)
            if lemma is None:
                lemma = lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            column[i] = lemma
        doc.from_array([LEMMA], numpy.array(column, dtype="uint64"))
        return doc
