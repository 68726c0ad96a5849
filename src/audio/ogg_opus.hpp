#pragma once
// Recordings as Ogg Opus files: mono, 48 kHz, about 24 kbit/s (45 minutes in about 8 MB).
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct OggOpusEnc;

namespace mockround::audio {

inline constexpr unsigned opus_rate = 48000;

class OpusWriter {
  public:
    // Creates `path` (0600); FsError when it cannot.
    explicit OpusWriter(const std::filesystem::path& path);
    ~OpusWriter();  // finishes the file
    OpusWriter(const OpusWriter&) = delete;
    OpusWriter& operator=(const OpusWriter&) = delete;

    // Encodes 48 kHz mono samples. A page reaches the file at least every half second, written
    // straight to the kernel, so a killed process leaves a file that decodes up to then. After
    // a failed write (a full disk) it writes nothing more and error() says why.
    void write(const std::int16_t* samples, std::size_t frames);
    const std::optional<std::string>& error() const { return error_; }

  private:
    OggOpusEnc* encoder_ = nullptr;
    int fd_ = -1;
    std::optional<std::string> error_;

    static int write_page(void* self, const unsigned char* bytes, int length);
    static int close_file(void* self);
};

// How long an Ogg Opus file plays, up to its last complete page; zero when it cannot be read.
std::chrono::microseconds opus_length(const std::filesystem::path& path);

// The whole of an Ogg Opus file as 48 kHz mono samples, up to its last complete page (a file
// cut off by a crash decodes up to there). DeviceError-free: FsError when it cannot be read.
std::vector<std::int16_t> decode_opus(const std::filesystem::path& path);

}  // namespace mockround::audio
