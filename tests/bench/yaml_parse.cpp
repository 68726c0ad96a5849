// The baseline for scripts/bench: parse YAML files with yaml-cpp and nothing else.
#include <yaml-cpp/yaml.h>

#include <cstdio>

int main(int argc, char** argv) {
    std::size_t nodes = 0;
    for (int i = 1; i < argc; ++i) nodes += YAML::LoadFile(argv[i]).size();
    std::printf("%zu\n", nodes);
    return 0;
}
