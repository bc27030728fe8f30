#!/usr/bin/env python3
"""Asks a gcmkg endpoint the same SELECT, ASK, CONSTRUCT and DESCRIBE with curl, SPARQLWrapper, rdflib,
pandas.read_csv and Jena's rsparql, and says whether every client got what curl got: the same rows (terms with
their lexical forms, datatypes and languages, in order), the same boolean, the same graph (isomorphic, literals
spelt alike).

    python3 compare_clients.py ENDPOINT [--java JAVA --classpath CP]

Without --classpath, rsparql is not run. Exit status 0 when every client agrees with curl, 1 otherwise.
"""
import argparse
import io
import json
import subprocess
import sys
import urllib.parse

import pandas
import rdflib
from rdflib.compare import to_isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, XML, SPARQLWrapper

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
PREFIXES = ("PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\nPREFIX schema: <http://schema.org/>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")
QUERIES = {
    # decimals first, then the largest integers; with a language-tagged unit and a boolean
    "SELECT": PREFIXES + "SELECT ?figure ?value ?unit ?approximate WHERE { ?figure a gcm:ReportedFigure ; "
                         "schema:value ?value ; schema:unitText ?unit ; gcm:approximate ?approximate } "
                         "ORDER BY (datatype(?value) != xsd:decimal) DESC(?value) ?figure LIMIT 25",
    "ASK": PREFIXES + "ASK { ?program gcm:acronym \"PTAT\" }",
    "CONSTRUCT": PREFIXES + "CONSTRUCT { ?o gcm:objectiveNumber ?n ; rdfs:label ?l } "
                            "WHERE { ?o a gcm:Objective ; gcm:objectiveNumber ?n ; rdfs:label ?l }",
    "DESCRIBE": "DESCRIBE <https://w3id.org/gcmkg/id/objective/10>",
}


def term_from_json(cell):
    """A term of the SPARQL JSON results as text: <iri>, _:b, "lex", "lex"@lang or "lex"^^<datatype>."""
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return "<" + value + ">"
    if kind == "bnode":
        return "_:" + value
    if "xml:lang" in cell:
        return '"' + value + '"@' + cell["xml:lang"]
    datatype = cell.get("datatype", XSD_STRING)
    return '"' + value + '"' + ("" if datatype == XSD_STRING else "^^<" + datatype + ">")


def term_from_rdflib(term):
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return "<" + str(term) + ">"
    if isinstance(term, rdflib.BNode):
        return "_:" + str(term)
    if term.language:
        return '"' + str(term) + '"@' + term.language
    datatype = str(term.datatype) if term.datatype else XSD_STRING
    return '"' + str(term) + '"' + ("" if datatype == XSD_STRING else "^^<" + datatype + ">")


def rows_from_json(answer):
    names = answer["head"]["vars"]
    return [tuple(term_from_json(b[n]) if n in b else None for n in names) for b in answer["results"]["bindings"]]


def graph_from(data, fmt):
    graph = rdflib.Graph()
    graph.parse(data=data, format=fmt)
    return graph


def curl(endpoint, query, accept):
    return subprocess.run(["curl", "-sS", "--fail", "-G", endpoint, "--data-urlencode", "query=" + query,
                           "-H", "Accept: " + accept], check=True, capture_output=True).stdout.decode("utf-8")


def by_curl(endpoint, form, query):
    if form == "SELECT":
        return rows_from_json(json.loads(curl(endpoint, query, "application/sparql-results+json")))
    if form == "ASK":
        return json.loads(curl(endpoint, query, "application/sparql-results+json"))["boolean"]
    return graph_from(curl(endpoint, query, "application/n-triples"), "nt")


def by_sparqlwrapper(endpoint, form, query):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON if form in ("SELECT", "ASK") else XML)
    answer = client.query().convert()
    if form == "SELECT":
        return rows_from_json(answer)
    if form == "ASK":
        return answer["boolean"]
    return answer  # an rdflib graph, read from RDF/XML


def by_rdflib(endpoint, form, query):
    result = rdflib.Graph(SPARQLStore(endpoint)).query(query)
    if form == "SELECT":
        return [tuple(term_from_rdflib(t) for t in row) for row in result]
    if form == "ASK":
        return result.askAnswer
    return result.graph


def by_pandas(endpoint, form, query):
    """A table reader: the rows of a SELECT and the answer of an ASK as CSV; graphs are not tables."""
    if form not in ("SELECT", "ASK"):
        return None
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    table = pandas.read_csv(url, dtype=str, keep_default_na=False, storage_options={"Accept": "text/csv"})
    if form == "ASK":
        return table.iloc[0, 0] == "true"
    return [tuple(row) for row in table.itertuples(index=False)]


def by_rsparql(endpoint, form, query, java, classpath):
    results = "JSON" if form in ("SELECT", "ASK") else "N-Triples"
    # A client that runs for a second: the quick compiler and one collector thread are all it needs.
    out = subprocess.run([java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classpath,
                          "arq.rsparql", "--service", endpoint, "--results", results, query],
                         check=True, capture_output=True).stdout.decode("utf-8")
    if form == "SELECT":
        return rows_from_json(json.loads(out))
    if form == "ASK":
        return json.loads(out)["boolean"]
    return graph_from(out, "nt")


def same(form, expected, got, lexical_only=False):
    if form in ("CONSTRUCT", "DESCRIBE"):
        # isomorphic, and every literal spelt alike (the N-Triples of both, blank nodes aside)
        return to_isomorphic(expected) == to_isomorphic(got) and sorted(
            t.n3() for t in expected.objects() if isinstance(t, rdflib.Literal)) == sorted(
            t.n3() for t in got.objects() if isinstance(t, rdflib.Literal))
    if form == "SELECT" and lexical_only:
        # CSV carries lexical forms only: compare them with the lexical forms curl got
        return [tuple(lexical(c) for c in row) for row in expected] == got
    return expected == got


def lexical(term):
    if term is None:
        return ""
    if term.startswith("<"):
        return term[1:-1]
    return term[1:term.rindex('"')]


def size(form, answer):
    if answer is None:
        return "not a table"
    if form == "SELECT":
        return str(len(answer)) + " rows"
    if form == "ASK":
        return str(answer).lower()
    return str(len(answer)) + " triples"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("endpoint")
    parser.add_argument("--java", default="java")
    parser.add_argument("--classpath")
    args = parser.parse_args()
    clients = {"SPARQLWrapper": by_sparqlwrapper, "rdflib": by_rdflib, "pandas.read_csv": by_pandas}
    if args.classpath:
        clients["rsparql"] = lambda e, f, q: by_rsparql(e, f, q, args.java, args.classpath)
    disagreements = 0
    print("| query | curl | " + " | ".join(clients) + " |")
    print("|---|---|" + "---|" * len(clients))
    for form, query in QUERIES.items():
        expected = by_curl(args.endpoint, form, query)
        cells = []
        for name, client in clients.items():
            got = client(args.endpoint, form, query)
            if got is None:
                cells.append("not a table")
                continue
            agrees = same(form, expected, got, lexical_only=name == "pandas.read_csv")
            disagreements += 0 if agrees else 1
            cells.append(size(form, got) + (", same" if agrees else ", DIFFERENT"))
        print("| " + form + " | " + size(form, expected) + " | " + " | ".join(cells) + " |")
    print("clients disagreeing with curl: " + str(disagreements))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
