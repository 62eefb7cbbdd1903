/**
 * The commented metadata.yaml that `npm run new-dataset -- <id>` writes: every field a
 * contributor needs, with what it means, ready to fill in. Kept as a template here so a test can
 * check that a filled-in copy validates.
 */
export function datasetScaffold(id: string, today: string): string {
  return `# yaml-language-server: $schema=../../schema/dataset.schema.json
# Metadata for the dataset "${id}". Fill in every field that is not marked optional, then run
# \`npm run validate\`: it tells you, line by line, anything that is missing or wrong.
# Every field is explained in docs/formats.md and CONTRIBUTING.md.

title: ""                       # the dataset's name as readers will see it
description: ""                 # optional: one or two sentences on what it measures
publisher: ""                   # the agency that released the data, e.g. "Wyvernshire County Council"
contact:
  name: ""                      # a team or role rather than a person, if you can
  email: someone@example.org    # optional
source_url: https://example.org/where-it-was-published   # optional: the publisher's page
licence: Open Government Licence v3.0
attribution: ""                 # the credit line the licence asks for
release_date: ${today}          # when the publisher released this version (YYYY-MM-DD)
# next_update: 2026-06-01       # optional: when the next release is expected
# methodology: |                # optional, Markdown: how the figures were made, caveats
#   ...
access: public                  # public, or protected (registered partners only)
# disclosure: { threshold: 5 }  # optional: the smallest count that may be published

file: data.csv                  # the publisher's file, in this folder, exactly as released
skip_lines: 0                   # lines above the header row (titles, notes)
footer_lines: 0                 # lines below the table (footnotes, sources)
format: wide                    # wide: one column per indicator; long: indicator + value columns
area:
  column: Area code             # the column holding area codes (e.g. "LSOA code (2011)")
  # level: smallarea            # optional: pin every row to one level
  # unmatched: report           # optional: leave out rows for areas outside the atlas
period:
  column: Year                  # the column holding the period, or instead:
  # value: "2024"               # one period for the whole file

indicators:
  - id: ${id}                   # lower-case letters, digits and hyphens; unique in the atlas
    column: Value               # the column holding this indicator's values
    title: ""                   # as readers will see it
    measure: count              # count, percentage, rate, mean, median, score, rank, decile, ratio
    # per: 1000                 # rates only: "per 1,000"
    # unit: people              # optional, shown after values
    polarity: neither           # higher-is-better, higher-is-worse or neither
    decimals: 0
    # numerator: Count          # optional columns: let the atlas add up small areas into larger
    # denominator: Population   # ones and protect small numbers
    # classification: { method: quantiles, classes: 5 }   # or equal-intervals, natural-breaks, custom
`;
}
