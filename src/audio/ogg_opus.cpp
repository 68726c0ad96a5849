#include "audio/ogg_opus.hpp"

#include <fcntl.h>
#include <opus/opusenc.h>
#include <opus/opusfile.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/errors.hpp"

namespace mockround::audio {

namespace {

constexpr int bitrate = 24000;
// A page at least every half second, and no lookahead held back beyond one frame: a killed
// process loses at most about that much (libopusenc holds 2 s for lookahead by default).
constexpr int page_every_samples = static_cast<int>(opus_rate / 2);
constexpr int lookahead_samples = static_cast<int>(opus_rate / 50);

}  // namespace

OpusWriter::OpusWriter(const std::filesystem::path& path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) store::throw_fs_error("cannot write", path.string(), errno);
    const OpusEncCallbacks callbacks{&OpusWriter::write_page, &OpusWriter::close_file};
    OggOpusComments* comments = ope_comments_create();
    ope_comments_add(comments, "ENCODER", "mockround");
    int error = OPE_OK;
    encoder_ = ope_encoder_create_callbacks(&callbacks, this, comments, opus_rate, 1, 0, &error);
    ope_comments_destroy(comments);
    if (!encoder_) {
        ::close(fd_);
        throw store::FsError("cannot encode " + path.string() + ": " + ope_strerror(error));
    }
    ope_encoder_ctl(encoder_, OPUS_SET_BITRATE(bitrate));
    ope_encoder_ctl(encoder_, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    // Half of libopus's default effort: speech at this rate sounds the same, at half the CPU
    // (scripts/bench-audio).
    ope_encoder_ctl(encoder_, OPUS_SET_COMPLEXITY(5));
    ope_encoder_ctl(encoder_, OPE_SET_MUXING_DELAY(page_every_samples));
    ope_encoder_ctl(encoder_, OPE_SET_DECISION_DELAY(lookahead_samples));
    ope_encoder_flush_header(encoder_);
}

OpusWriter::~OpusWriter() {
    if (!error_) ope_encoder_drain(encoder_);
    ope_encoder_destroy(encoder_);
    if (fd_ >= 0) ::close(fd_);
}

void OpusWriter::write(const std::int16_t* samples, std::size_t frames) {
    if (error_ || frames == 0) return;
    ope_encoder_write(encoder_, samples, static_cast<int>(frames));
}

int OpusWriter::write_page(void* self, const unsigned char* bytes, int length) {
    auto& writer = *static_cast<OpusWriter*>(self);
    while (length > 0 && !writer.error_) {
        const ssize_t n = ::write(writer.fd_, bytes, static_cast<std::size_t>(length));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            writer.error_ = std::strerror(n < 0 ? errno : ENOSPC);
            break;
        }
        bytes += n;
        length -= static_cast<int>(n);
    }
    return writer.error_ ? 1 : 0;
}

int OpusWriter::close_file(void* self) {
    auto& writer = *static_cast<OpusWriter*>(self);
    const int result = ::close(writer.fd_);
    writer.fd_ = -1;
    return result == 0 ? 0 : 1;
}

std::chrono::microseconds opus_length(const std::filesystem::path& path) {
    int error = 0;
    OggOpusFile* file = op_open_file(path.c_str(), &error);
    if (!file) return std::chrono::microseconds(0);
    const ogg_int64_t samples = op_pcm_total(file, -1);
    op_free(file);
    return std::chrono::microseconds(samples > 0 ? samples * 1'000'000 / opus_rate : 0);
}

std::vector<std::int16_t> decode_opus(const std::filesystem::path& path) {
    int error = 0;
    OggOpusFile* file = op_open_file(path.c_str(), &error);
    if (!file)
        throw store::FsError("cannot decode " + path.string() + " (opusfile error " +
                             std::to_string(error) + ")");
    std::vector<std::int16_t> samples;
    std::int16_t buffer[5760];
    for (;;) {
        // op_read_stereo would mix down; mono files give one channel as they are.
        const int n = op_read(file, buffer, static_cast<int>(std::size(buffer)), nullptr);
        if (n == OP_HOLE) continue;  // a damaged page: the sound after it still plays
        if (n <= 0) break;  // the end, or a page cut off by a crash: what came before stands
        samples.insert(samples.end(), buffer, buffer + n);
    }
    op_free(file);
    return samples;
}

}  // namespace mockround::audio
