#!/usr/bin/env python3
"""Baseline for the mcfparse benchmark: time parsing the two recorded MCF pages with BeautifulSoup + lxml,
extracting roughly the fields the Java parsers extract. Only parsing is timed (the files are read once).

    python3 bench/bs4_parse.py [FIXTURES_DIR]     (default: ../shared/fixtures/mcf beside the repository)

Needs bs4 and lxml (Debian: python3-bs4, python3-lxml). Prints per page the mean time per parse over
ROUNDS rounds, the error as a 99.9% confidence half-width (as JMH reports it), and the fastest round.
"""
import os
import re
import statistics
import sys
import time

from bs4 import BeautifulSoup

SEARCH_PAGE = "search-engineer-page0.html"
JOB_PAGE = "job-engineer-ldrm-5624187c437fddd00296eecc783ed4cd.html"
WARMUP_ROUNDS, ROUNDS, ROUND_SECONDS = 3, 10, 1.0
T_999 = {9: 4.781}  # Student's t, two-sided 99.9%, 9 degrees of freedom (ROUNDS - 1)


def text(el):
    return " ".join(el.get_text(" ").split()) if el is not None else None


def first_complete(els):
    values = [text(e) for e in els if text(e)]
    for v in values:
        if not v.endswith("..."):
            return v
    return values[0][:-3].strip() if values else None


def parse_search(data):
    soup = BeautifulSoup(data, "lxml")
    total = soup.select_one('[data-testid="search-results-page-label"]')
    cards = []
    for pos, card in enumerate(soup.select('[data-testid="job-card"]')):
        href = card.select_one('[data-testid="job-card-link"]')["href"].split("?")[0]
        cards.append({
            "uuid": href[-32:], "url": href, "position": pos,
            "title": text(card.select_one('[data-testid="job-card__job-title"]')),
            "company": text(card.select_one('[data-testid="company-hire-info"]')),
            "location": first_complete(card.select('[data-testid="job-card__location"]')),
            "employment_types": first_complete(card.select('[data-testid="job-card__employment-type"]')),
            "seniority": first_complete(card.select('[data-testid="job-card__seniority"]')),
            "category": first_complete(card.select('[data-testid="job-card__category"]')),
            "min_experience": first_complete(card.select('[data-testid="job-card__min-experience"]')),
            "salary": text(card.select_one('[data-testid="salary-range"]')),
            "salary_period": text(card.select_one('[data-testid="salary-type"]')),
            "posted": first_complete(card.select('[data-testid="job-date-info"]')),
            "applications": first_complete(card.select('[data-testid="job-card__num-of-applications"]')),
            "recommended": card.find_parent(attrs={"data-testid": re.compile("^green-job-card")}) is not None,
        })
    return {"total": text(total), "cards": cards}


def parse_job(data):
    soup = BeautifulSoup(data, "lxml")
    for lite in soup.select('[data-testid="suggested-jobs"]'):
        lite.decompose()
    one = lambda hook: text(soup.select_one('[data-testid="%s"]' % hook))
    bookmark = soup.find(attrs={"data-testid": re.compile(r"^[0-9a-f]{32}-bookmark-button$")})
    description = soup.select_one('[data-testid="description-content"]')
    return {
        "uuid": bookmark["data-testid"][:32] if bookmark else None,
        "mcf_ref": one("job-details-info-job-post-id"), "title": one("job-details-info-job-title"),
        "company": one("company-hire-info"), "location": one("job-details-info-location-span"),
        "employment_types": one("job-details-info-employment-type"), "seniority": one("job-details-info-seniority"),
        "min_experience": one("job-details-info-min-experience"), "categories": one("job-details-info-job-categories"),
        "salary": one("salary-range"), "salary_period": one("salary-type"),
        "posted": one("job-details-info-last-posted-date"), "closing": one("job-details-info-job-expiry-date"),
        "applications": one("job-details-info-num-of-applications"),
        "description": description.get_text("\n", strip=True) if description else None,
        "skills": [text(p) for p in soup.select('[data-testid="skills-needed"] [data-testid="pill-button"]')],
    }


def time_per_parse(parse, data):
    n, start = 0, time.perf_counter()
    while True:
        parse(data)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= ROUND_SECONDS:
            return elapsed / n


def bench(name, parse, data):
    for _ in range(WARMUP_ROUNDS):
        time_per_parse(parse, data)
    ms = [time_per_parse(parse, data) * 1000 for _ in range(ROUNDS)]
    mean = statistics.mean(ms)
    error = T_999[ROUNDS - 1] * statistics.stdev(ms) / len(ms) ** 0.5
    print("%-12s %8.3f ± %6.3f ms/op  (min round %.3f ms/op; %d rounds of %.0f s)"
          % (name, mean, error, min(ms), ROUNDS, ROUND_SECONDS))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "fixtures", "mcf")
    search = open(os.path.join(fixtures, SEARCH_PAGE), "rb").read()
    job = open(os.path.join(fixtures, JOB_PAGE), "rb").read()
    found = parse_search(search)
    post = parse_job(job)
    assert len(found["cards"]) == 22 and found["total"] == "11,307 jobs found", "search page fields not found"
    assert post["mcf_ref"] == "MCF-2026-0521403" and len(post["skills"]) == 10, "job page fields not found"
    bench("searchPage", parse_search, search)
    bench("jobPage", parse_job, job)


if __name__ == "__main__":
    main()
