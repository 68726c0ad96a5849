#include <catch2/catch.hpp>

#include "core/spoken_text.hpp"

using mockround::spoken_text;

TEST_CASE("a question is read aloud without its Markdown") {
    CHECK(spoken_text("What is the difference between `git fetch` and `git pull`?") ==
          "What is the difference between git fetch and git pull?");
    CHECK(spoken_text("Why is **this** slow?") == "Why is this slow?");
    CHECK(spoken_text("Name index types, e.g. B-tree vs. GIN, etc.") ==
          "Name index types, for example B-tree versus GIN, and so on");
    CHECK(spoken_text("REST vs gRPC") == "REST versus gRPC");
    // Only whole words are abbreviations.
    CHECK(spoken_text("canvas vsync etc.d") == "canvas vsync etc.d");
}
