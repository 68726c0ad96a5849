// The key-point matcher: terms, stems and synonyms, and the rule for a covered point.
#include <catch2/catch.hpp>

#include "core/matcher.hpp"

using namespace mockround;

namespace {

Bank bank_with(const Question& question) {
    Bank bank;
    bank.add_section({question.section, "Databases", {{question.topic, "Indexes"}}});
    bank.add_question(question);
    return bank;
}

Question index_types() {
    Question q;
    q.id = "db.index-types";
    q.section = "db";
    q.topic = "indexes";
    q.text = "Which index types does PostgreSQL offer?";
    q.guide.key_points = {
        "B-tree (the default): equality, ranges and `ORDER BY`",
        "GIN: inverted index for multi-valued data: `jsonb`, arrays, full-text search",
        "BRIN: tiny block-range summaries for huge tables in physical order"};
    return q;
}

}  // namespace

TEST_CASE("terms are lower case, stemmed, and abbreviations are folded") {
    CHECK(match_terms("Indexes") == match_terms("index"));
    CHECK(match_terms("caching cached caches") ==
          std::vector<std::string>(3, match_terms("cache").front()));
    CHECK(match_terms("replication") == match_terms("replicate"));
    CHECK(match_terms("committing") == match_terms("commit"));
    CHECK(match_terms("txn") == match_terms("transaction"));
    CHECK(match_terms("PK") == match_terms("primary key"));
    CHECK(match_terms("the and of it").empty());
    CHECK(match_terms("HTTP/2 and 0.9") == std::vector<std::string>{"http", "2", "0.9"});
    CHECK(match_terms("__init__") == std::vector<std::string>{"__init__"});
}

TEST_CASE("a point is covered when the answer makes it, not when it names it") {
    const Question q = index_types();
    const KeyPointMatcher matcher(bank_with(q));
    CHECK(matcher.covered(q, "GIN is another index type.").empty());
    CHECK(matcher.covered(q, "GIN is an inverted index, good for jsonb and arrays") ==
          std::vector<std::string>{"b"});
    CHECK(matcher.covered(q,
                          "btree default handles equality and range queries; BRIN keeps "
                          "small block range summaries for huge tables") ==
          std::vector<std::string>{"a", "c"});
    CHECK(matcher.covered(q, "").empty());
}

TEST_CASE("the evidence is the answer's own words") {
    const Question q = index_types();
    const auto matches = KeyPointMatcher(bank_with(q)).match(q, "GIN handles JSONB and Arrays");
    REQUIRE(matches.size() == 3);
    CHECK(matches[1].evidence == std::vector<std::string>{"GIN", "JSONB", "Arrays"});
    CHECK(matches[1].share > 0);
    CHECK(matches[0].evidence.empty());
}
