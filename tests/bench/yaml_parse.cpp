// The baseline for scripts/bench*: parse YAML files with yaml-cpp and nothing else. An argument
// that is a directory stands for every *.yaml in it (10,000 paths overflow one argument).
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
    std::size_t nodes = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::filesystem::is_directory(argv[i])) {
            nodes += YAML::LoadFile(argv[i]).size();
            continue;
        }
        for (const auto& entry : std::filesystem::directory_iterator(argv[i]))
            if (entry.path().extension() == ".yaml") nodes += YAML::LoadFile(entry.path()).size();
    }
    std::printf("%zu\n", nodes);
    return 0;
}
