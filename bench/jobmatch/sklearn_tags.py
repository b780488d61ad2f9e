#!/usr/bin/python3
"""Baseline for the jobmatch scale run: the title-tag part of the score done with scikit-learn.

Reads what ScaleBench wrote (titles.txt, tags.tsv, stopwords.txt) and scores every title the way jobmatch's
TitleCleaner + TitleTags do: lower case, bracketed text dropped, "&" alone read as "and", words need a letter,
stop and junk words dropped; then CountVectorizer word bigrams (binary: a tag counts once per title) and a dot
product with the library scores; a one-word title is its own tag; the sum is held to 0..1. Prints the mean time per
100k titles over ROUNDS rounds (after WARMUP), the checksum ScaleBench prints too, and the peak RSS.

    /usr/bin/python3 bench/jobmatch/sklearn_tags.py [DIR]      (default: bench/out/jobmatch)

Needs Debian's python3-sklearn.
"""
import re
import resource
import statistics
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

WARMUP, ROUNDS = 2, 10
INNERMOST_BRACKETS = re.compile(r"[(\[{][^()\[\]{}]*[)\]}]")
UNCLOSED_BRACKET = re.compile(r"[(\[{].*")  # an unclosed bracket drops the rest, as in TitleCleaner
LONE_AMPERSAND = re.compile(r"&(?![^\W_])|(?<![^\W_])&")  # "R&D" stays one word
# a word: letters/digits with at least one letter, joined by "&", optionally ending in "+" or "#" ("c++", "c#")
TOKEN = r"(?=[^\W_]*[^\W\d_])[^\W_]+(?:&[^\W_]+)*(?:[+#](?![^\W_]))*"


def clean(title):
    t = title.lower().replace("'", "").replace("\u2019", "")
    while True:  # nested brackets go from the inside out
        inner = INNERMOST_BRACKETS.sub(" ", t)
        if inner == t:
            break
        t = inner
    t = UNCLOSED_BRACKET.sub(" ", t)
    return LONE_AMPERSAND.sub(" and ", t)


def score(titles, stop, bigrams, bigram_scores, unigrams, unigram_scores):
    common = dict(preprocessor=clean, token_pattern=TOKEN, stop_words=stop, binary=True, dtype=np.float64)
    x2 = CountVectorizer(ngram_range=(2, 2), vocabulary=bigrams, **common).transform(titles)
    # how many words each cleaned title has: a one-word title scores its word as a tag
    words = CountVectorizer(ngram_range=(1, 1), **{**common, "binary": False}).fit_transform(titles)
    one_word = np.asarray(words.sum(axis=1)).ravel() == 1
    x1 = CountVectorizer(ngram_range=(1, 1), vocabulary=unigrams, **common).transform(titles)
    total = x2 @ bigram_scores + np.where(one_word, x1 @ unigram_scores, 0.0)
    return np.clip(total, 0.0, 1.0)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "bench/out/jobmatch"
    with open(f"{folder}/titles.txt", encoding="utf-8") as f:
        titles = f.read().split("\n")
    if titles and titles[-1] == "":
        titles.pop()
    with open(f"{folder}/stopwords.txt", encoding="utf-8") as f:
        stop = [w for w in f.read().split("\n") if w]
    tags = {}
    with open(f"{folder}/tags.tsv", encoding="utf-8") as f:
        for line in f:
            tag, s = line.rstrip("\n").split("\t")
            tags[tag] = float(s)
    bigrams = sorted(t for t in tags if " " in t)
    unigrams = sorted(t for t in tags if " " not in t)
    bigram_scores = np.array([tags[t] for t in bigrams])
    unigram_scores = np.array([tags[t] for t in unigrams])

    parts = None
    for _ in range(WARMUP):
        parts = score(titles, stop, bigrams, bigram_scores, unigrams, unigram_scores)
    millis = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        parts = score(titles, stop, bigrams, bigram_scores, unigrams, unigram_scores)
        millis.append((time.perf_counter() - t0) * 1000)
    # sklearn's least work: one bigram pass and the dot product, without the one-word rule (a lower bound)
    common = dict(preprocessor=clean, token_pattern=TOKEN, stop_words=stop, binary=True, dtype=np.float64)
    bigram_only = []
    for r in range(WARMUP + ROUNDS):
        t0 = time.perf_counter()
        np.clip(CountVectorizer(ngram_range=(2, 2), vocabulary=bigrams, **common).transform(titles) @ bigram_scores, 0.0, 1.0)
        if r >= WARMUP:
            bigram_only.append((time.perf_counter() - t0) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scikit-learn title tags: {statistics.mean(millis):.1f} ± {statistics.stdev(millis):.1f}, "
          f"fastest {min(millis):.1f} ms per "
          f"{len(titles) // 1000}k titles (mean of {ROUNDS}, after {WARMUP} warm-up), checksum {parts.sum():.4f}")
    print(f"scikit-learn bigram pass and dot product only: {statistics.mean(bigram_only):.1f} ± "
          f"{statistics.stdev(bigram_only):.1f}, fastest {min(bigram_only):.1f} ms per {len(titles) // 1000}k titles")
    print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
